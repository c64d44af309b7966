import { ErrorProvider } from "./components/ErrorProvider";
import { Workspace } from "./components/Workspace";
import { I18nProvider } from "./i18n/I18nProvider";

export function App() {
  return (
    <I18nProvider>
      <ErrorProvider>
        <Workspace />
      </ErrorProvider>
    </I18nProvider>
  );
}
