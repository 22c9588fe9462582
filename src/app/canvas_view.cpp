// Sections: frame | drawing. Input mapping (navigation, pointer, keys) is
// in canvas_input.cpp, the label editor in canvas_label_editor.cpp.
#include "app/canvas_view.hpp"

#include "app/shape_renderer.hpp"
#include "app/theme.hpp"
#include "app/widget_handles.hpp"
#include "app/widgets.hpp"
#include "core/canvas/canvas_hit_test.hpp"
#include "core/canvas/picture_scroll.hpp"

#include <GLFW/glfw3.h>  // key codes only: io.KeysDown is indexed by them
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

ShapeRenderer& renderer() {
    static ShapeRenderer instance;  // buffers only; shared by every view
    return instance;
}

// Items smaller than this on screen are drawn as outlines only.
constexpr float kDetailEm = 1.1f;
// Labels whose text would be smaller than this (in em of the app's text)
// are not drawn, nor are icons.
constexpr float kReadableEm = 0.5f;
// Blocks narrower or lower than this many pixels are plain filled
// rectangles; arrows shorter than this both ways are not drawn.
constexpr double kPlainBlockPixels = 8;
constexpr double kHiddenArrowPixels = 6;

}  // namespace

const BoardColours& boardColours() { return palette::darkBoard ? kDarkBoard : kLightBoard; }

CanvasView::CanvasView() {
    m_camera.reset();
    // The board's background is painted first in every picture of it: what
    // the window draws behind the board need not be drawn where it shows.
    m_boardPicture.setOpaque(true);
}

void CanvasView::restoreCameraOnce(const std::optional<SetCanvasView>& stored) {
    // Placed by the first draw, which knows the board's size.
    if (!m_cameraInitialised && stored) m_pendingCamera = stored;
}

std::optional<SetCanvasView> CanvasView::cameraToRecord(const std::optional<SetCanvasView>& stored, double now) {
    const Vec2 centre = m_camera.screenToWorld({m_sizeX * 0.5, m_sizeY * 0.5});
    const SetCanvasView current{centre.x, centre.y, m_camera.zoom()};
    const auto same = [](const SetCanvasView& a, const SetCanvasView& b) {
        // Sub-pixel differences are noise, not a move worth a journal entry.
        return std::abs(a.zoom - b.zoom) < 1e-4 && std::abs(a.centreX - b.centreX) * a.zoom < 0.5 &&
               std::abs(a.centreY - b.centreY) * a.zoom < 0.5;
    };
    // Without a stored camera, the one the view opened with is no change.
    if (!stored && !m_openingCamera) m_openingCamera = current;
    if (!same(current, m_lastCamera)) {
        m_lastCamera = current;
        m_cameraMovedAt = now;
        return std::nullopt;
    }
    if (!m_cameraInitialised || now - m_cameraMovedAt < 1.0) return std::nullopt;
    if (same(current, stored ? *stored : *m_openingCamera)) return std::nullopt;
    return current;
}


// ---------------------------------------------------------------------------
// Frame
// ---------------------------------------------------------------------------

void CanvasView::draw(const CanvasDocument& doc, const std::string& currentStageId,
                      std::vector<CanvasCommand>& out, bool& undoRequested, bool& redoRequested,
                      const CanvasViewOptions& options) {
    // A child window of our own, without keyboard navigation: otherwise the
    // arrow keys would also walk the toolbar and Space would press the last
    // clicked button while panning.
    ImGui::BeginChild("##canvas-view", ImVec2(0, 0), false,
                      ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoScrollbar |
                          ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMove);
    drawInChild(doc, currentStageId, out, undoRequested, redoRequested, options);
    ImGui::EndChild();
}

void CanvasView::drawInChild(const CanvasDocument& doc, const std::string& currentStageId,
                             std::vector<CanvasCommand>& out, bool& undoRequested, bool& redoRequested,
                             const CanvasViewOptions& options) {
    // The canvas takes the keyboard when clicked and gives it up when
    // something else is clicked. ImGui's window focus is no guide: Escape
    // moves it to the parent window before we ever see the key.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::IsMouseClicked(ImGuiMouseButton_Right) ||
        ImGui::IsMouseClicked(ImGuiMouseButton_Middle)) {
        if (!ImGui::IsPopupOpen("canvas-context"))
            m_hasKeyboard = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows);
    }
    m_tool.syncSelection(doc);
    ToolContext ctx(doc, out, currentStageId, 1.0 / m_camera.zoom());
    ctx.hitTolerance = em(0.3f);
    ctx.handleRadius = em(0.45f);
    ctx.dragThreshold = em(0.2f);

    if (options.showToolbar) drawToolbar(ctx, options);

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 size = ImGui::GetContentRegionAvail();
    size.x = std::max(size.x, em(4));
    const BottomBarLayout bar = bottomBarLayout(options, size.x);
    size.y = std::max(size.y - bar.height, em(4));
    m_originX = pos.x;
    m_originY = pos.y;
    m_sizeX = size.x;
    m_sizeY = size.y;

    if (!m_cameraInitialised && m_pendingCamera) {
        // The stored centre at the board's centre, at the stored zoom.
        const double zoom = m_pendingCamera->zoom;
        m_camera.place({m_pendingCamera->centreX - size.x * 0.5 / zoom, m_pendingCamera->centreY - size.y * 0.5 / zoom},
                       zoom);
        m_pendingCamera.reset();
        m_cameraInitialised = true;
    }
    if (!m_cameraInitialised) {
        m_camera.reset(em(2));
        m_fitRequested = m_fitRequested || !doc.empty();
        m_cameraInitialised = true;
    }
    if (m_fitRequested) {
        fitToContent(doc);
        m_fitRequested = false;
    }

    // Two channels: the buttons floating over the canvas are submitted first
    // (so they, not the canvas, get clicks over them) but drawn on top.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    drawOverlay(ctx, undoRequested, redoRequested, options, bar);
    dl->ChannelsSetCurrent(0);

    ImGui::SetCursorScreenPos(pos);
    ImGui::InvisibleButton("##canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle |
                               ImGuiButtonFlags_MouseButtonRight);
    if (widget_handles::recording()) widget_handles::nameArea(options.handle + ".board");
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    const ImVec2 afterCanvas = ImGui::GetCursorScreenPos();
    if (!options.readOnly) {
        if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
            // Right click acts on what is under it, like everywhere else.
            const ImGuiIO& io = ImGui::GetIO();
            m_contextWorld = m_camera.screenToWorld({io.MousePos.x - m_originX, io.MousePos.y - m_originY});
            const ItemId hit = hitTest(doc, m_tool.index(doc), m_contextWorld, ctx.hitTolerance * ctx.pixel);
            if (hit && !m_tool.isSelected(hit)) m_tool.select({hit});
        }
        drawContextMenu(doc, ctx);
    }

    handleNavigation(doc, hovered);
    ctx.pixel = 1.0 / m_camera.zoom();
    if (!options.readOnly) {
        handlePointer(ctx, hovered, active);
        handleKeys(doc, ctx, undoRequested, redoRequested);
    }

    // What is drawn: the document with the drag in progress applied.
    const CanvasDocument& shown = shownDocument(doc);
    dl->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
    if (!OffscreenLayer::available() || !drawBoardPicture(doc, shown, dl)) drawBoard(doc, shown, dl, boardOnScreen());
    if (!options.readOnly) {
        drawSelection(shown, dl);
        drawPreview(shown, dl);
    }
    if (doc.empty() && !m_tool.busy() && !m_tool.labelEdit()) {
        const char* hint = options.readOnly ? "Nothing drawn"
                           : m_compactToolbar ? "Pick a block under Blocks, or press B for a box, "
                                                "A for an arrow, N for a note, T for text"
                                              : "Pick a block from the palette, or press B for a box, "
                                                "A for an arrow, N for a note, T for text";
        // Wrapped in the board with a margin: a narrow board or large text
        // would clip one long line at both ends.
        const float margin = ImGui::GetFontSize() * 1.5f;
        const Rect box{pos.x + margin, pos.y, pos.x + size.x - margin, pos.y + size.y};
        renderer().drawText(dl, ImGui::GetFont(), ImGui::GetFontSize(), box, hint, IM_COL32(100, 116, 139, 255),
                            TextAlign::Centre, 0, false);
    }
    dl->PopClipRect();
    dl->ChannelsMerge();

    if (!options.readOnly) drawLabelEditor(doc, ctx);
    ImGui::SetCursorScreenPos(afterCanvas);

    if (hovered || active) {
        ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
        if (m_panning || (ImGui::IsKeyDown(GLFW_KEY_SPACE) && !ImGui::GetIO().WantTextInput))
            cursor = ImGuiMouseCursor_Hand;
        else if (!options.readOnly) {
            switch (m_tool.cursor()) {
            case CursorHint::Move: cursor = ImGuiMouseCursor_ResizeAll; break;
            case CursorHint::ResizeNwse: cursor = ImGuiMouseCursor_ResizeNWSE; break;
            case CursorHint::ResizeNesw: cursor = ImGuiMouseCursor_ResizeNESW; break;
            case CursorHint::TextInput: cursor = ImGuiMouseCursor_TextInput; break;
            case CursorHint::Crosshair:
            case CursorHint::Arrow: cursor = ImGuiMouseCursor_Arrow; break;
            }
        }
        ImGui::SetMouseCursor(cursor);
    }
}

const CanvasDocument& CanvasView::shownDocument(const CanvasDocument& doc) {
    const std::optional<CanvasCommand>& pending = m_tool.pendingCommand();
    if (!pending) {
        m_dragPreview.reset();
        m_dragPreviewCommand.reset();
        return doc;
    }
    if (!m_dragPreview || m_dragPreviewBase != doc.revision()) {
        m_dragPreview.emplace(doc);  // one copy per drag (or when the document changes under it)
        m_dragPreviewBase = doc.revision();
        m_dragPreviewCommand.reset();
    }
    if (m_dragPreviewCommand != pending) {
        if (m_dragPreviewCommand) m_dragPreview->undo();
        m_dragPreview->apply(*pending);
        m_dragPreviewCommand = pending;
    }
    return m_dragPreview->document();
}

const SpatialIndex& CanvasView::indexFor(const CanvasDocument& doc, const CanvasDocument& shown) {
    if (&shown == &doc) return m_tool.index(doc);
    m_dragPreviewIndex.sync(shown);
    return m_dragPreviewIndex;
}

void CanvasView::fitToContent(const CanvasDocument& doc) {
    const auto bounds = doc.contentBounds();
    if (!bounds) {
        m_camera.reset(em(2));
        return;
    }
    m_camera.fit(*bounds, {m_sizeX, m_sizeY}, em(2));
}

// ---------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------

CanvasView::BoardArea CanvasView::boardOnScreen() const {
    return {m_camera, ImVec2(m_originX, m_originY), ImVec2(m_sizeX, m_sizeY)};
}

void CanvasView::drawBoard(const CanvasDocument& doc, const CanvasDocument& shown, ImDrawList* dl,
                           const BoardArea& area) {
    dl->AddRectFilled(area.origin, ImVec2(area.origin.x + area.size.x, area.origin.y + area.size.y),
                      toImColour(boardColours().background));
    drawGrid(dl, area);
    drawItems(doc, shown, dl, area);
}

bool CanvasView::drawBoardPicture(const CanvasDocument& doc, const CanvasDocument& shown, ImDrawList* dl) {
    // A zoom shows the picture stretched until the zoom has rested this
    // long, then draws it at the new size (so text is sharp again): a wheel
    // turn or a pinch costs one full drawing, not one per frame.
    constexpr double kZoomSettleSeconds = 0.15;
    // The margin a panned picture gets beyond each edge of the board, of
    // its width and height: redrawn (then shifted) only by a pan past it.
    constexpr float kPanMargin = 0.3f;
    const double zoom = m_camera.zoom();
    const float width = std::round(m_sizeX), height = std::round(m_sizeY);
    // Whole pixels: the picture is filtered, and shown off the pixel grid it would blur.
    const ImVec2 at(std::round(m_originX), std::round(m_originY));
    const BoardPictureKey key{&shown,
                              shown.revision(),
                              m_tool.labelEdit() ? m_tool.labelEdit()->id : ItemId{},
                              ImGui::GetFontSize(),
                              ImGui::GetIO().Fonts->TexID,
                              palette::darkBoard,
                              width,
                              height};
    const bool same = m_boardPictureKey && *m_boardPictureKey == key && m_boardPicture.ready();
    const double now = ImGui::GetTime();
    if (zoom != m_zoomSeen) {
        m_zoomSeen = zoom;
        m_zoomMovedAt = now;
    }
    if (same && zoom != m_boardPictureZoom && now - m_zoomMovedAt < kZoomSettleSeconds) {
        // Where the picture's corners are under the camera now.
        const Vec2 corner = (m_boardPictureOrigin - m_camera.origin()) * zoom;
        const double k = zoom / m_boardPictureZoom;
        const ImVec2 size(float(width * k), float(height * k));
        const ImVec2 from(at.x + float(corner.x), at.y + float(corner.y));
        if (from.x > at.x || from.y > at.y || from.x + size.x < at.x + width || from.y + size.y < at.y + height)
            dl->AddRectFilled(at, ImVec2(at.x + width, at.y + height), toImColour(boardColours().background));
        m_boardPicture.showScaled(dl, from, size);
        glfwPostEmptyEvent();  // a frame once the zoom has rested, input or not
        return true;
    }
    if (same && zoom == m_boardPictureZoom) {
        // Where the picture's top-left is on screen, to the pixel.
        const Vec2 offset = (m_boardPictureOrigin - m_camera.origin()) * zoom;
        const ImVec2 from(at.x + std::round(float(offset.x)), at.y + std::round(float(offset.y)));
        const ImVec2 pictureSize = m_boardPicture.size();
        if (from.x <= at.x && from.y <= at.y && from.x + pictureSize.x >= at.x + width &&
            from.y + pictureSize.y >= at.y + height) {
            m_boardPicture.show(dl, from);
            return true;
        }
        // Panned past its edge: a new picture with a margin around the
        // board (most of a pan then only shows it shifted), starting from
        // this one's pixels; only what they do not cover is drawn, each
        // part culled by the spatial index.
        const float marginX = std::round(width * kPanMargin), marginY = std::round(height * kPanMargin);
        const ImVec2 size(width + 2 * marginX, height + 2 * marginY);
        const PictureScroll scroll = scrollPicture(m_boardPictureOrigin, int(pictureSize.x), int(pictureSize.y),
                                                   m_camera.origin() - Vec2{marginX / zoom, marginY / zoom},
                                                   int(size.x), int(size.y), zoom);
        if (!scroll.keepsNothing && m_boardPicture.canKeep(size)) {
            ImDrawList& list =
                m_boardPicture.beginFromLast(size, ImVec2(float(scroll.keptX), float(scroll.keptY)));
            for (const PixelRect& part : scroll.exposed) {
                BoardArea area{m_camera, ImVec2(float(part.x0), float(part.y0)),
                               ImVec2(float(part.width()), float(part.height()))};
                area.camera.place(scroll.origin + Vec2{part.x0 / zoom, part.y0 / zoom}, zoom);
                list.PushClipRect(area.origin, ImVec2(area.origin.x + area.size.x, area.origin.y + area.size.y), true);
                drawBoard(doc, shown, &list, area);
                list.PopClipRect();
            }
            if (!m_boardPicture.end()) {
                m_boardPictureKey.reset();
                return false;
            }
            m_boardPictureOrigin = scroll.origin;
            const Vec2 moved = (scroll.origin - m_camera.origin()) * zoom;
            m_boardPicture.show(dl, ImVec2(at.x + std::round(float(moved.x)), at.y + std::round(float(moved.y))));
            return true;
        }
    }
    // Anything else (the document, the label being edited, the size, a
    // rested zoom, a jump): the whole board again, without a margin, so a
    // drag (a new document each frame) draws only what is on screen.
    ImDrawList& list = m_boardPicture.begin(ImVec2(width, height));
    drawBoard(doc, shown, &list, BoardArea{m_camera, ImVec2(0, 0), ImVec2(width, height)});
    if (!m_boardPicture.end()) {
        m_boardPictureKey.reset();
        return false;
    }
    m_boardPictureKey = key;
    m_boardPictureOrigin = m_camera.origin();
    m_boardPictureZoom = zoom;
    m_boardPicture.show(dl, at);
    return true;
}

void CanvasView::drawGrid(ImDrawList* dl, const BoardArea& area) const {
    // The finest step that is at least ~0.6 em apart on screen; every fifth
    // line darker. Lines closer than 1.5 em fade out, so the grid thins as
    // the board zooms out instead of turning into a dense mesh, and below
    // 20% it is gone: at that size it helps nobody place anything.
    const double zoom = area.camera.zoom();
    const float gridAlpha = std::clamp(float((zoom - 0.1) / 0.1), 0.0f, 1.0f);
    if (gridAlpha <= 0) return;
    double step = CanvasTool::kGridSize;
    while (step * zoom < em(0.6f)) step *= 5;
    const float spacing = float(step * zoom);
    const float minorAlpha = gridAlpha * std::clamp((spacing - em(0.6f)) / em(0.9f), 0.0f, 1.0f);
    const Rect visible = area.camera.visibleWorld({area.size.x, area.size.y});
    const ImU32 minor = toImColour(boardColours().grid, 0.6f * minorAlpha);
    const ImU32 major = toImColour(boardColours().grid, gridAlpha);
    const ScreenTransform t{area.camera.origin(), zoom, area.origin};
    for (double x = std::floor(visible.x0 / step) * step; x <= visible.x1; x += step) {
        const bool isMajor = std::fmod(std::abs(x), step * 5) < 1e-6;
        if (!isMajor && minorAlpha <= 0) continue;
        const float sx = t({x, 0}).x;
        dl->AddLine(ImVec2(sx, area.origin.y), ImVec2(sx, area.origin.y + area.size.y), isMajor ? major : minor);
    }
    for (double y = std::floor(visible.y0 / step) * step; y <= visible.y1; y += step) {
        const bool isMajor = std::fmod(std::abs(y), step * 5) < 1e-6;
        if (!isMajor && minorAlpha <= 0) continue;
        const float sy = t({0, y}).y;
        dl->AddLine(ImVec2(area.origin.x, sy), ImVec2(area.origin.x + area.size.x, sy), isMajor ? major : minor);
    }
}

void CanvasView::drawItems(const CanvasDocument& doc, const CanvasDocument& shown, ImDrawList* dl,
                           const BoardArea& area) {
    const SpatialIndex& index = indexFor(doc, shown);
    const double zoom = area.camera.zoom();
    // Cull: only items whose bounds touch the visible area (plus a margin for strokes).
    const Rect visible = area.camera.visibleWorld({area.size.x, area.size.y}).expanded(em(1) / zoom);
    index.query(visible, m_visible);

    const ScreenTransform t{area.camera.origin(), zoom, area.origin};
    const double detailPixels = em(kDetailEm);
    // Labels smaller than this on screen cannot be read: items are drawn
    // without text or icons (level of detail), which also saves the glyphs.
    const bool readable = kLabelFontSize * zoom >= em(kReadableEm);
    ShapeRenderer& r = renderer();
    const ItemId editing = m_tool.labelEdit() ? m_tool.labelEdit()->id : ItemId{};
    for (uint32_t i : m_visible) {
        const CanvasItem& item = shown.items()[i];
        const Rect& b = index.bounds(i);
        const double screenW = b.width() * zoom, screenH = b.height() * zoom;
        if (item.kind == ItemKind::Arrow && screenW < kHiddenArrowPixels && screenH < kHiddenArrowPixels)
            continue;  // shorter than its own head: hidden by the blocks it joins
        if (item.kind != ItemKind::Arrow && item.kind != ItemKind::Pen &&
            std::min(screenW, screenH) < kPlainBlockPixels) {
            // Too small for its shape: one filled rectangle in its colour.
            const ItemStyle s = itemStyle(item.kind, item.colour);
            dl->AddRectFilled(t({b.x0, b.y0}), t({b.x1 + 1 / zoom, b.y1 + 1 / zoom}),
                              toImColour(s.stroke.visible() ? s.stroke : boardColours().ink));
            continue;
        }
        const bool small = !readable || (item.kind != ItemKind::Arrow && std::min(screenW, screenH) < detailPixels);
        m_shapes.clear();
        appendItemShape(shown, item, small ? ShapeDetail::Outline : ShapeDetail::Full, boardColours(), m_shapes);
        // The label being edited is shown by the editor, not twice.
        if (item.id == editing) m_shapes.texts.clear();
        r.draw(dl, m_shapes, t);
    }
}

void CanvasView::drawSelection(const CanvasDocument& doc, ImDrawList* dl) const {
    const ScreenTransform t{m_camera.origin(), m_camera.zoom(), ImVec2(m_originX, m_originY)};
    const ImU32 blue = toImColour(boardColours().selection);
    const float pad = em(0.25f);
    auto outline = [&](const CanvasItem& item, ImU32 colour, float thickness) {
        if (item.kind == ItemKind::Arrow) {
            const auto [a, b] = doc.arrowEnds(item);
            dl->AddLine(t(a), t(b), colour, thickness + em(0.2f));
            return;
        }
        const ImVec2 a = t({item.x, item.y}), b = t({item.x + item.w, item.y + item.h});
        dl->AddRect(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad), colour, 0, 0, thickness);
    };

    if (const CanvasItem* hovered = doc.find(m_tool.hovered()); hovered && !m_tool.isSelected(hovered->id))
        outline(*hovered, toImColour(boardColours().selection, 0.35f), 1.0f);
    for (ItemId id : m_tool.selection())
        if (const CanvasItem* item = doc.find(id)) outline(*item, blue, 1.5f);

    // Attachment targets while drawing or reconnecting an arrow.
    for (ItemId id : {m_tool.preview().attachFrom, m_tool.preview().attachTo})
        if (const CanvasItem* item = doc.find(id)) outline(*item, toImColour(boardColours().selection, 0.7f), 2.5f);

    const float r = em(0.3f);
    for (const Vec2& corner : m_tool.resizeHandles(doc)) {
        const ImVec2 c = t(corner);
        dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), IM_COL32_WHITE);
        dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), blue, 0, 0, 1.5f);
    }
    for (const Vec2& end : m_tool.arrowHandles(doc)) {
        dl->AddCircleFilled(t(end), r, IM_COL32_WHITE);
        dl->AddCircle(t(end), r, blue, 0, 1.5f);
    }
}

void CanvasView::drawPreview(const CanvasDocument& doc, ImDrawList* dl) {
    const ToolPreview& p = m_tool.preview();
    const ScreenTransform t{m_camera.origin(), m_camera.zoom(), ImVec2(m_originX, m_originY)};
    switch (p.kind) {
    case ToolPreview::Kind::None: break;
    case ToolPreview::Kind::RubberBand:
        dl->AddRectFilled(t({p.rect.x0, p.rect.y0}), t({p.rect.x1, p.rect.y1}), toImColour(boardColours().selection, 0.08f));
        dl->AddRect(t({p.rect.x0, p.rect.y0}), t({p.rect.x1, p.rect.y1}), toImColour(boardColours().selection, 0.8f));
        break;
    case ToolPreview::Kind::CreateRect: {
        // The item as it will be, faded.
        CanvasItem ghost;
        ghost.kind = p.itemKind;
        ghost.x = p.rect.x0;
        ghost.y = p.rect.y0;
        ghost.w = p.rect.width();
        ghost.h = p.rect.height();
        ghost.colour = m_tool.noteColour();
        if (isBlockKind(ghost.kind) && ghost.kind != ItemKind::Box) ghost.label = itemKindTitle(ghost.kind);
        m_shapes.clear();
        appendItemShape(doc, ghost, ShapeDetail::Full, boardColours(), m_shapes);
        renderer().draw(dl, m_shapes, t, 0.55f);
        if (ghost.kind == ItemKind::Text)
            dl->AddRect(t({p.rect.x0, p.rect.y0}), t({p.rect.x1, p.rect.y1}), toImColour(boardColours().selection, 0.6f));
        break;
    }
    case ToolPreview::Kind::Arrow: {
        CanvasItem ghost;
        ghost.kind = ItemKind::Arrow;
        ghost.from = p.attachFrom;
        ghost.to = p.attachTo;
        ghost.points = {p.start, p.end};
        m_shapes.clear();
        appendItemShape(doc, ghost, ShapeDetail::Full, boardColours(), m_shapes);
        renderer().draw(dl, m_shapes, t, 0.7f);
        break;
    }
    case ToolPreview::Kind::Pen: {
        m_penPoints.resize(p.pen.size());
        for (size_t i = 0; i < p.pen.size(); ++i) m_penPoints[i] = t(p.pen[i]);
        if (m_penPoints.size() >= 2)
            dl->AddPolyline(m_penPoints.data(), int(m_penPoints.size()), toImColour(boardColours().ink), ImDrawFlags_None,
                            std::max(1.0f, float(2.5 * m_camera.zoom())));
        break;
    }
    }
}

}  // namespace rehearse
