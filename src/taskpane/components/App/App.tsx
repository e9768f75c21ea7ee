// The taskpane: the open thread's analysis and its actions. Effects come from context (services.tsx).
import { renderApp } from './renderApp';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';

export function App() {
  const vm = useApp();
  const styles = useAppStyles();
  return renderApp(vm, styles);
}
