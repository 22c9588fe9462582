#include "app/frame_damage.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace rehearse {

DamageRect intersect(const DamageRect& a, const DamageRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

namespace {

DamageRect unite(const DamageRect& a, const DamageRect& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool overlaps(const DamageRect& a, const DamageRect& b) { return !intersect(a, b).empty(); }

DamageRect fromClip(const ImVec4& clip) { return {clip.x, clip.y, clip.z, clip.w}; }

// Grows `box` by a vertex; the pixel a vertex sits in and its neighbours
// (anti-aliased edges reach about a pixel beyond the geometry).
void include(DamageRect& box, const ImVec2& p) {
    const DamageRect r{p.x - 2, p.y - 2, p.x + 2, p.y + 2};
    box = unite(box, r);
}

// The same command but perhaps for its texture.
bool sameCommandGeometry(const ImDrawCmd& a, const ImDrawCmd& b) {
    return a.ClipRect.x == b.ClipRect.x && a.ClipRect.y == b.ClipRect.y && a.ClipRect.z == b.ClipRect.z &&
           a.ClipRect.w == b.ClipRect.w && a.VtxOffset == b.VtxOffset && a.IdxOffset == b.IdxOffset &&
           a.ElemCount == b.ElemCount && a.UserCallback == b.UserCallback && a.UserCallbackData == b.UserCallbackData;
}

bool sameVertex(const ImDrawVert& a, const ImDrawVert& b) {
    return a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.uv.x == b.uv.x && a.uv.y == b.uv.y && a.col == b.col;
}

// Everywhere a command draws: its triangles, within its clip.
template <typename Vertices, typename Indices>
void addWholeCommand(const Vertices& vertices, const Indices& indices, const ImDrawCmd& cmd,
                     std::vector<DamageRect>& out) {
    if (cmd.UserCallback) {
        out.push_back(fromClip(cmd.ClipRect));  // draws what it likes within its clip
        return;
    }
    DamageRect box;
    for (unsigned int i = cmd.IdxOffset; i < cmd.IdxOffset + cmd.ElemCount; ++i)
        include(box, vertices[cmd.VtxOffset + indices[i]].pos);
    box = intersect(box, fromClip(cmd.ClipRect));
    if (!box.empty()) out.push_back(box);
}

// Everywhere a list draws.
template <typename Vertices, typename Indices, typename Commands>
void addWholeList(const Vertices& vertices, const Indices& indices, const Commands& commands,
                  std::vector<DamageRect>& out) {
    for (const ImDrawCmd& cmd : commands) addWholeCommand(vertices, indices, cmd, out);
}

}  // namespace

std::vector<DamageRect> mergeDamage(std::vector<DamageRect> rects, const DamageRect& bounds, std::size_t most) {
    std::vector<DamageRect> merged;
    for (DamageRect r : rects) {
        // Whole pixels: a rectangle cleared to the pixel but clipped within
        // one would leave that pixel's edge undrawn.
        r = intersect({std::floor(r.x0), std::floor(r.y0), std::ceil(r.x1), std::ceil(r.y1)}, bounds);
        if (r.empty()) continue;
        // Absorb every kept rectangle this one touches, until it touches none.
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t i = 0; i < merged.size(); ++i) {
                if (!overlaps(merged[i], r)) continue;
                r = unite(r, merged[i]);
                merged.erase(merged.begin() + std::ptrdiff_t(i));
                grew = true;
                break;
            }
        }
        merged.push_back(r);
    }
    if (merged.size() > most) {
        DamageRect all;
        for (const DamageRect& r : merged) all = unite(all, r);
        merged = {all};
    }
    return merged;
}

std::vector<DamageRect> FrameDamage::update(const ImDrawData& data) {
    const DamageRect bounds{data.DisplayPos.x, data.DisplayPos.y, data.DisplayPos.x + data.DisplaySize.x,
                            data.DisplayPos.y + data.DisplaySize.y};
    std::vector<DamageRect> rects;
    const bool sameDisplay = m_valid && m_displayPos.x == data.DisplayPos.x && m_displayPos.y == data.DisplayPos.y &&
                             m_displaySize.x == data.DisplaySize.x && m_displaySize.y == data.DisplaySize.y;
    bool everything = !sameDisplay;

    // Lists are matched by their window's name; one that moved in the
    // drawing order changes what is on top: everything is redrawn.
    std::unordered_map<std::string, std::size_t> kept;
    for (std::size_t i = 0; i < m_lists.size(); ++i)
        if (!kept.emplace(m_lists[i].owner, i).second) everything = true;  // two lists one name: no matching
    std::vector<bool> matched(m_lists.size(), false);
    std::size_t lastMatched = 0;
    bool anyMatched = false;
    for (int n = 0; n < data.CmdListsCount && !everything; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        const auto found = kept.find(list._OwnerName ? list._OwnerName : "");
        if (found == kept.end()) {  // new this frame: wherever it draws
            addWholeList(list.VtxBuffer, list.IdxBuffer, list.CmdBuffer, rects);
            continue;
        }
        const std::size_t index = found->second;
        if (matched[index] || (anyMatched && index < lastMatched)) {
            everything = true;
            break;
        }
        matched[index] = true;
        lastMatched = index;
        anyMatched = true;
        const KeptList& old = m_lists[index];

        bool sameShape = old.commands.size() == std::size_t(list.CmdBuffer.Size) &&
                         old.indices.size() == std::size_t(list.IdxBuffer.Size) &&
                         old.vertices.size() == std::size_t(list.VtxBuffer.Size);
        // A command drawn with another texture (a picture redrawn into its
        // other texture) changed wherever it draws, and only there.
        m_retextured.clear();
        for (std::size_t c = 0; sameShape && c < old.commands.size(); ++c) {
            sameShape = sameCommandGeometry(old.commands[c], list.CmdBuffer[int(c)]);
            if (sameShape && old.commands[c].TextureId != list.CmdBuffer[int(c)].TextureId) m_retextured.push_back(c);
        }
        sameShape = sameShape && (old.indices.empty() || std::memcmp(old.indices.data(), list.IdxBuffer.Data,
                                                                      old.indices.size() * sizeof(ImDrawIdx)) == 0);
        if (!sameShape) {  // where it drew and where it draws
            addWholeList(old.vertices, old.indices, old.commands, rects);
            addWholeList(list.VtxBuffer, list.IdxBuffer, list.CmdBuffer, rects);
            continue;
        }
        for (std::size_t c : m_retextured) {
            addWholeCommand(old.vertices, old.indices, old.commands[c], rects);
            addWholeCommand(list.VtxBuffer, list.IdxBuffer, list.CmdBuffer[int(c)], rects);
        }
        if (old.vertices.empty() ||
            std::memcmp(old.vertices.data(), list.VtxBuffer.Data, old.vertices.size() * sizeof(ImDrawVert)) == 0)
            continue;
        // Same triangles, some vertices moved or recoloured: each triangle
        // touching one damages its old and new place, one box per command.
        m_changed.assign(old.vertices.size(), 0);
        for (std::size_t v = 0; v < old.vertices.size(); ++v)
            m_changed[v] = !sameVertex(old.vertices[v], list.VtxBuffer[int(v)]);
        for (const ImDrawCmd& cmd : old.commands) {
            if (cmd.UserCallback) continue;
            DamageRect box;
            for (unsigned int i = cmd.IdxOffset; i + 2 < cmd.IdxOffset + cmd.ElemCount; i += 3) {
                const unsigned int a = cmd.VtxOffset + old.indices[i], b = cmd.VtxOffset + old.indices[i + 1],
                                   c = cmd.VtxOffset + old.indices[i + 2];
                if (!m_changed[a] && !m_changed[b] && !m_changed[c]) continue;
                for (unsigned int v : {a, b, c}) {
                    include(box, old.vertices[v].pos);
                    include(box, list.VtxBuffer[int(v)].pos);
                }
            }
            box = intersect(box, fromClip(cmd.ClipRect));
            if (!box.empty()) rects.push_back(box);
        }
    }
    // Gone this frame: wherever it drew.
    for (std::size_t i = 0; i < m_lists.size() && !everything; ++i)
        if (!matched[i]) addWholeList(m_lists[i].vertices, m_lists[i].indices, m_lists[i].commands, rects);

    // Kept for the next frame's comparison (vectors reused: no allocation once warm).
    m_lists.resize(std::size_t(data.CmdListsCount));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        KeptList& keep = m_lists[std::size_t(n)];
        keep.owner = list._OwnerName ? list._OwnerName : "";
        keep.vertices.assign(list.VtxBuffer.begin(), list.VtxBuffer.end());
        keep.indices.assign(list.IdxBuffer.begin(), list.IdxBuffer.end());
        keep.commands.assign(list.CmdBuffer.begin(), list.CmdBuffer.end());
    }
    m_displayPos = data.DisplayPos;
    m_displaySize = data.DisplaySize;
    m_valid = true;
    if (everything) return {bounds};
    return mergeDamage(std::move(rects), bounds, kMaxRects);
}

}  // namespace rehearse
