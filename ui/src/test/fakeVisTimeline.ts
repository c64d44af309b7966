// Stands in for vis-timeline in tests (jsdom has no layout for it to measure).
// Records what the app hands over and renders each item's content node so a
// test can click it, which emits "select" like the real axis.

import type { DataGroup, DataItem, TimelineOptions } from "vis-timeline/standalone";

type Listener = (properties: { items: (string | number)[] }) => void;

export class Timeline {
  static instances: Timeline[] = [];
  groups: DataGroup[] = [];
  items: DataItem[] = [];
  destroyed = false;
  private listeners = new Map<string, Listener[]>();

  constructor(
    readonly container: HTMLElement,
    items: DataItem[],
    groups: DataGroup[],
    readonly options: TimelineOptions,
  ) {
    Timeline.instances.push(this);
    this.setGroups(groups);
    this.setItems(items);
  }

  setGroups(groups: DataGroup[]) {
    this.groups = groups;
  }

  setItems(items: DataItem[]) {
    this.items = items;
    this.container.replaceChildren(
      ...items.map((item) => {
        const box = document.createElement("div");
        box.className = `vis-item ${item.className ?? ""}`;
        box.dataset.id = String(item.id);
        box.append(item.content as unknown as Node);
        box.addEventListener("click", () => this.emit("select", { items: [item.id!] }));
        return box;
      }),
    );
  }

  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  emit(event: string, properties: { items: (string | number)[] }) {
    this.listeners.get(event)?.forEach((listener) => listener(properties));
  }

  fit() {}
  zoomIn() {}
  zoomOut() {}
  redraw() {}

  destroy() {
    this.destroyed = true;
    this.container.replaceChildren();
  }
}

/** The most recent live axis. */
export function currentTimeline(): Timeline | undefined {
  return [...Timeline.instances].reverse().find((instance) => !instance.destroyed);
}
