// The enum values Office.js defines at run time (the @types declarations carry no values).
export const CoercionType = { Text: 'text', Html: 'html' } as const;
export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
export const EventType = {
  ItemChanged: 'olkItemSelectedChanged',
  OfficeThemeChanged: 'officeThemeChanged',
} as const;
export const HostType = { Outlook: 'Outlook' } as const;
export const PlatformType = {
  OfficeOnline: 'OfficeOnline',
  PC: 'PC',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
} as const;
export const MailboxEnums = {
  ItemNotificationMessageType: {
    InformationalMessage: 'informationalMessage',
    ErrorMessage: 'errorMessage',
    ProgressIndicator: 'progressIndicator',
    InsightMessage: 'insightMessage',
  },
  ItemType: { Message: 'message', Appointment: 'appointment' },
  SendModeOverride: { PromptUser: 'promptUser' },
  RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
} as const;

/** The platform Office.onReady reports for a diagnostics.hostName. */
export function platformOf(hostName: string): string {
  switch (hostName) {
    case 'Outlook':
      return PlatformType.PC;
    case 'OutlookIOS':
      return PlatformType.iOS;
    case 'OutlookAndroid':
      return PlatformType.Android;
    default:
      return PlatformType.OfficeOnline;
  }
}
