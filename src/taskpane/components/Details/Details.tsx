// The Details accordion, loaded after the first screen has painted (issue 12: lazy-load what the first screen
// does not need). Until its code arrives, a quiet placeholder keeps the place.
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { DetailsPanelsProps } from './DetailsPanels';

const DetailsPanels = lazy(() => import(/* webpackChunkName: "details" */ './DetailsPanels'));

export function Details(props: DetailsPanelsProps) {
  return (
    <Suspense fallback={<Spinner size="tiny" label="Loading details…" />}>
      <DetailsPanels {...props} />
    </Suspense>
  );
}
