// The taskpane: the open thread's analysis and its actions. Effects come from context (services.tsx).
import { useStickyOffset } from '../../lib/useStickyOffset';
import { renderApp } from './renderApp';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';

export function App() {
  const vm = useApp();
  const styles = useAppStyles();
  const liveRef = useStickyOffset();
  return renderApp(vm, styles, liveRef);
}
