// Office.AsyncResult as callbacks receive it, and the errors the fake can report. Failures are values in a
// callback, never exceptions, except where Office.js itself throws (argument checks), see `argumentError`.

export interface FakeOfficeError {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export interface FakeAsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value: T | undefined;
  readonly error: FakeOfficeError | undefined;
  readonly asyncContext: unknown;
}

/**
 * The error codes the fake reports. 9057 is documented (roamingSettings.set, @types/office-js); the others
 * carry the names Office.js gives them, which is what add-in code should branch on.
 */
export const OFFICE_ERRORS = {
  genericSettingsError: {
    code: 9019,
    name: 'GenericSettingsError',
    message: 'An error occurred while saving the settings.',
  },
  numberOfNotificationsExceeded: {
    code: 9025,
    name: 'NumberOfNotificationMessagesExceeded',
    message:
      'The notification could not be added because the maximum number of notifications has been reached.',
  },
  notificationKeyNotFound: {
    code: 9024,
    name: 'KeyNotFound',
    message: 'There are no notifications with the provided key.',
  },
  invalidSelection: {
    code: 9016,
    name: 'InvalidSelection',
    message: 'The selection is invalid: there is no compose item.',
  },
  settingsSizeExceeded: {
    code: 9057,
    name: 'RoamingSettingsExceededSize',
    message: 'Invalid parameter size. Roaming settings cannot exceed 32 KB size limit.',
  },
  invalidApiCall: {
    code: 5000,
    name: 'InvalidApiCall',
    message: 'The API call is not valid in the current context.',
  },
  internalError: {
    code: 5001,
    name: 'InternalError',
    message: 'An internal error has occurred.',
  },
  noItem: {
    code: 9030,
    name: 'APICallFailedDueToItemChange',
    message: 'The selected item has been changed.',
  },
} as const satisfies Record<string, FakeOfficeError>;

export function succeeded<T>(value: T, asyncContext: unknown): FakeAsyncResult<T> {
  return { status: 'succeeded', value, error: undefined, asyncContext };
}

export function failed<T>(error: FakeOfficeError, asyncContext: unknown): FakeAsyncResult<T> {
  return { status: 'failed', value: undefined, error: { ...error }, asyncContext };
}

/** What Office.js throws synchronously for a bad argument (Sys.ArgumentOutOfRangeException and kin). */
export function argumentError(parameter: string, detail: string): Error {
  const error = new Error(`Sys.ArgumentOutOfRangeException: ${detail} Parameter name: ${parameter}`);
  error.name = 'Sys.ArgumentOutOfRangeException';
  return error;
}

type Callback<T> = ((result: FakeAsyncResult<T>) => void) | undefined;

/**
 * Office's optional-arguments convention: `(…, options?, callback?)`. Returns the callback and the
 * asyncContext whichever of the two shapes was used.
 */
export function splitOptions<T>(
  optionsOrCallback: unknown,
  maybeCallback: unknown,
): {
  readonly callback: Callback<T>;
  readonly asyncContext: unknown;
  readonly options: Record<string, unknown>;
} {
  if (typeof optionsOrCallback === 'function') {
    return { callback: optionsOrCallback as Callback<T>, asyncContext: undefined, options: {} };
  }
  const options =
    optionsOrCallback !== null && typeof optionsOrCallback === 'object'
      ? (optionsOrCallback as Record<string, unknown>)
      : {};
  const callback = typeof maybeCallback === 'function' ? (maybeCallback as Callback<T>) : undefined;
  return { callback, asyncContext: options['asyncContext'], options };
}

/** Office calls back asynchronously, never before the call returns: code that assumes otherwise breaks there. */
export function later<T>(callback: Callback<T>, result: FakeAsyncResult<T>): void {
  if (callback === undefined) return;
  setTimeout(() => callback(result), 0);
}
