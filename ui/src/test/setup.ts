import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, beforeAll, vi } from "vitest";
import { Timeline as FakeTimeline } from "./fakeVisTimeline";

// vis-timeline needs a real layout engine; tests get a recording stand-in.
// src/__tests__/timelineAxis.test.tsx checks the real library separately.
vi.mock("vis-timeline/standalone", () => import("./fakeVisTimeline"));

beforeAll(() => {
  // jsdom has no layout; give scroll containers a viewport so the virtualised
  // library renders the rows that would be visible in an 800 px window.
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1200 });
});

afterEach(() => {
  cleanup();
  FakeTimeline.instances.length = 0;
  clearMocks();
  localStorage.clear();
  document.documentElement.removeAttribute("dir");
  document.documentElement.removeAttribute("lang");
  document.documentElement.removeAttribute("data-theme");
});
