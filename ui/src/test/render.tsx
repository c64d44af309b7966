import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../App";

export function renderApp() {
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

/** Renders the app and switches to the library (the overview is the landing view). */
export async function renderLibrary() {
  const rendered = renderApp();
  await rendered.user.click(await screen.findByTestId("nav-library"));
  return rendered;
}
