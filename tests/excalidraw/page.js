// Runs inside headless Chromium (bundled by esbuild). Loads a scene with
// Excalidraw's own code and reports what Excalidraw made of it.
import React from "react";
import { createRoot } from "react-dom/client";
import { Excalidraw, loadFromBlob, exportToSvg, MIME_TYPES } from "@excalidraw/excalidraw";
import "@excalidraw/excalidraw/index.css";

// The facts about a list of elements that the check compares.
function summarise(elements) {
  return elements.map((e) => ({
    id: e.id,
    type: e.type,
    isDeleted: !!e.isDeleted,
    x: e.x,
    y: e.y,
    width: e.width,
    height: e.height,
    text: e.type === "text" ? e.text : undefined,
    containerId: e.type === "text" ? e.containerId ?? null : undefined,
    startBinding: e.startBinding ? e.startBinding.elementId : null,
    endBinding: e.endBinding ? e.endBinding.elementId : null,
    points: e.points ? e.points.map((p) => [p[0], p[1]]) : undefined,
    boundElements: (e.boundElements || []).map((b) => ({ id: b.id, type: b.type })),
    customData: e.customData ?? null,
  }));
}

// "Open" in Excalidraw: the same call the app makes for a dropped/opened file.
window.loadScene = async (text) => {
  const blob = new Blob([text], { type: MIME_TYPES.excalidraw });
  const { elements, appState } = await loadFromBlob(blob, null, null);
  const svg = await exportToSvg({ elements, appState, files: {} });
  return {
    elements: summarise(elements),
    // exportToSvg draws each element as one top-level <g>, <path> or <use>.
    svgElements: svg.querySelectorAll(":scope > g, :scope > path, :scope > use").length,
  };
};

let api = null;

// Mounts <Excalidraw initialData=scene/> and resolves once it has the scene.
window.renderScene = (text) =>
  new Promise((resolve, reject) => {
    const scene = JSON.parse(text);
    const root = createRoot(document.getElementById("root"));
    const timer = setTimeout(() => reject(new Error("Excalidraw did not mount in 30 s")), 30000);
    root.render(
      React.createElement(Excalidraw, {
        initialData: { ...scene, scrollToContent: true },
        excalidrawAPI: (a) => {
          api = a;
        },
        handleKeyboardGlobally: true,
      }),
    );
    const poll = () => {
      if (api && api.getSceneElementsIncludingDeleted().length > 0) {
        clearTimeout(timer);
        // Let fonts load and text re-measure before reading the scene back.
        document.fonts.ready.then(() => setTimeout(() => resolve(true), 500));
      } else {
        setTimeout(poll, 50);
      }
    };
    poll();
  });

window.sceneElements = () => summarise(api.getSceneElementsIncludingDeleted());

window.selectOnly = (id) => {
  api.updateScene({ appState: { selectedElementIds: id ? { [id]: true } : {} } });
};

window.selectedIds = () => Object.keys(api.getAppState().selectedElementIds).filter((id) => api.getAppState().selectedElementIds[id]);

window.elementY = (id) => api.getSceneElementsIncludingDeleted().find((e) => e.id === id).y;

window.zoomToFit = () => api.scrollToContent(undefined, { fitToContent: true });
