import { useEffect, useRef, useState } from "react";
import { getCurrentWebview } from "@tauri-apps/api/webview";

function insideTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

/**
 * Listens for files dragged onto the window from the desktop. Tauri delivers
 * native paths; the web drag-and-drop API never sees them.
 * Returns whether files are currently hovering over the window.
 */
export function useFileDrop(onDrop: (paths: string[]) => void): boolean {
  const [hovering, setHovering] = useState(false);
  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;

  useEffect(() => {
    if (!insideTauri()) return;
    let unlisten: (() => void) | null = null;
    let disposed = false;
    try {
      getCurrentWebview()
        .onDragDropEvent(({ payload }) => {
          if (payload.type === "enter" || payload.type === "over") setHovering(true);
          else if (payload.type === "leave") setHovering(false);
          else if (payload.type === "drop") {
            setHovering(false);
            if (payload.paths.length > 0) onDropRef.current(payload.paths);
          }
        })
        .then(
          (stop) => (disposed ? stop() : (unlisten = stop)),
          () => undefined,
        );
    } catch {
      // No webview metadata (plain browser or tests): drag-and-drop is unavailable.
    }
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, []);

  return hovering;
}
