// Where a frame differs from the one before it: compares this frame's draw
// data (vertices, indices, commands of each window's draw list) with a copy
// of the last frame's and returns the screen rectangles whose pixels may
// differ. RetainedFrame redraws only those; a session with the clock
// running then redraws the clock's few digits a second, not the window.
//
// Conservative by construction: a draw list whose commands or indices
// changed counts as changed wherever it draws, now or last frame; a list
// that appears, disappears or changes places in the order counts the same;
// within a list of the same shape, a triangle with any vertex changed
// damages where it was and where it is, and a command drawn with another
// texture wherever it draws. What the comparison cannot see
// (a texture's pixels changing under the same vertices) is the caller's to
// report (FrameDamage::invalidate, or a new texture id).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace rehearse {

// A rectangle in ImGui's display coordinates: x0, y0 inclusive, x1, y1 exclusive.
struct DamageRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// Where both rectangles are (empty when they do not meet).
DamageRect intersect(const DamageRect& a, const DamageRect& b);

class FrameDamage {
public:
    // Compares `data` with the last frame given and keeps a copy of it.
    // Returns disjoint rectangles (at most kMaxRects), or one covering the
    // whole display when everything must be redrawn.
    std::vector<DamageRect> update(const ImDrawData& data);
    // The next update() reports the whole display (after a resize, new
    // fonts, or when the kept pixels were lost).
    void invalidate() { m_lists.clear(), m_valid = false; }

    static constexpr std::size_t kMaxRects = 6;

private:
    struct KeptList {
        std::string owner;
        std::vector<ImDrawVert> vertices;
        std::vector<ImDrawIdx> indices;
        std::vector<ImDrawCmd> commands;
    };
    std::vector<KeptList> m_lists;
    ImVec2 m_displayPos, m_displaySize;
    bool m_valid = false;
    std::vector<unsigned char> m_changed;  // per vertex, reused
    std::vector<std::size_t> m_retextured; // commands of a list whose texture changed, reused
};

// Rounds rectangles out to whole units, merges overlapping ones until none
// overlap, then, past `most`, all into their bounding box; clipped to
// `bounds`. Exposed for tests.
std::vector<DamageRect> mergeDamage(std::vector<DamageRect> rects, const DamageRect& bounds, std::size_t most);

}  // namespace rehearse
