#include "app/canvas_bench.hpp"

#include "app/canvas_view.hpp"
#include "core/canvas/canvas_editor.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <vector>

namespace rehearse {

// A plausible big diagram: blocks of every kind on a grid, each with a label,
// every block pointing at a neighbour (so arrows as many as blocks). Added
// to an empty document, the blocks get ids 1..items.
std::vector<CanvasItem> benchCanvasItems(int items) {
    std::vector<CanvasItem> out;
    out.reserve(size_t(items) * 2);
    const int columns = std::max(1, int(std::sqrt(double(items) * 1.6)));
    for (int i = 0; i < items; ++i) {
        CanvasItem item;
        item.kind = kBlockKinds[size_t(i) % std::size(kBlockKinds)];
        if (i % 17 == 0) item.kind = ItemKind::Note;
        item.x = (i % columns) * 240.0;
        item.y = (i / columns) * 160.0;
        item.w = 160;
        item.h = 80;
        item.label = std::string(itemKindTitle(item.kind)) + " " + std::to_string(i);
        out.push_back(std::move(item));
    }
    for (int i = 0; i < items; ++i) {
        CanvasItem arrow;
        arrow.kind = ItemKind::Arrow;
        arrow.from = ItemId{uint64_t(i + 1)};
        const int target = (i + 1) % columns == 0 ? i + columns : i + 1;  // right, or down at a row's end
        arrow.to = ItemId{uint64_t(std::min(target, items - 1) + 1)};
        if (arrow.to == arrow.from) arrow.to = ItemId{uint64_t((i + columns) % items + 1)};
        arrow.points = {{0, 0}, {1, 1}};
        if (i % 5 == 0) arrow.label = "events";
        out.push_back(std::move(arrow));
    }
    return out;
}

namespace {

constexpr float kBenchWindowWidth = 1600, kBenchWindowHeight = 1000;

CanvasDocument benchDocument(int items) {
    CanvasDocument doc;
    for (CanvasItem& item : benchCanvasItems(items)) doc.append(std::move(item));
    return doc;
}

struct Result {
    double medianMs = 0;
    size_t visible = 0;
};

// Builds `frames` frames; `beforeFrame` may change the document (a drag).
Result measure(CanvasEditor& editor, CanvasView& view, int frames, const std::function<void(int)>& beforeFrame) {
    ImGuiIO& io = ImGui::GetIO();
    std::vector<double> times;
    std::vector<CanvasCommand> out;
    for (int f = -10; f < frames; ++f) {  // ten warm-up frames
        // The pointer wanders over the canvas, so hover hit-testing runs too.
        io.MousePos = ImVec2(300.0f + float((f * 37) % 900), 300.0f + float((f * 53) % 500));
        if (beforeFrame) beforeFrame(f);
        const auto start = std::chrono::steady_clock::now();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        out.clear();
        bool undo = false, redo = false;
        view.draw(editor.document(), "data", out, undo, redo);
        ImGui::End();
        ImGui::Render();
        const auto end = std::chrono::steady_clock::now();
        if (f >= 0) times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    Result r;
    r.medianMs = times.empty() ? 0 : times[times.size() / 2];
    const ImDrawData* data = ImGui::GetDrawData();
    r.visible = data ? size_t(data->TotalVtxCount) : 0;
    return r;
}

}  // namespace

int runCanvasBench(int items, int frames) {
    if (items < 0 || frames < 1) {
        std::fprintf(stderr, "rehearse bench canvas: --items must be >= 0\n");
        return 2;
    }
    IMGUI_CHECKVERSION();
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(kBenchWindowWidth, kBenchWindowHeight);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    // As the OpenGL 3 backend does: large draw lists are split, not refused.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);  // builds the atlas; no GL upload

    CanvasEditor empty;
    CanvasView emptyView;
    const Result none = measure(empty, emptyView, frames, nullptr);

    CanvasEditor editor(benchDocument(items));
    CanvasCamera hundred;  // what a user sees while working: 100%, top-left of the diagram
    hundred.reset(40);
    CanvasView atHundred;
    atHundred.placeCamera(hundred);
    const Result working = measure(editor, atHundred, frames, nullptr);

    // A real drag through the view: the mouse presses on the first block and
    // moves a little every frame (no snapping, so every frame changes the
    // pending move and the preview is rebuilt).
    CanvasView dragging;
    dragging.placeCamera(hundred);
    dragging.tool().setSnapToGrid(false);
    const Result drag = measure(editor, dragging, frames, [&](int f) {
        if (f == -10) return;  // first frame: lay out, so the item's screen position is known
        const ImVec2 start = dragging.worldToScreen({80, 40});
        io.MouseDown[0] = true;
        io.MousePos = ImVec2(start.x + float(f + 10) * 0.5f, start.y);
    });
    io.MouseDown[0] = false;

    // Another edit lands every frame (a pair partner's, a replay): the index
    // is rebuilt each frame.
    CanvasView editedView;
    editedView.placeCamera(hundred);
    const Result edited = measure(editor, editedView, frames, [&](int f) {
        editor.apply(MoveItems{{ItemId{2}}, f % 2 ? 20.0 : -20.0, 0});
    });

    CanvasView overview;  // everything on screen at once
    overview.requestFitToContent();
    const Result fit = measure(editor, overview, frames, nullptr);

    std::printf("canvas bench: %d items + %d arrows, %gx%g, median of %d frames (CPU, no GL)\n", items, items,
                double(kBenchWindowWidth), double(kBenchWindowHeight), frames);
    auto line = [&](const char* what, const Result& r) {
        std::printf("  %-22s %8.3f ms  x%6.1f  (%zu vertices)\n", what, r.medianMs,
                    none.medianMs > 0 ? r.medianMs / none.medianMs : 0.0, r.visible);
    };
    line("empty canvas", none);
    line("100% view", working);
    line("100% view, dragging", drag);
    line("100% view, doc edited", edited);
    line("fit to content", fit);
    ImGui::DestroyContext(context);
    return 0;
}

}  // namespace rehearse
