#include "app/shown_picture.hpp"

#include "app/offscreen_layer.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

namespace rehearse {

namespace {

bool isWholeValue(float value) { return std::abs(value - std::round(value)) < 1e-3f; }

}  // namespace

bool imageRectangleOf(const ImDrawList& list, const ImDrawCmd& cmd, ImageRectangle& out) {
    ImVec2 &min = out.min, &max = out.max, &uvMin = out.uvMin, &uvMax = out.uvMax;
    if (cmd.UserCallback || cmd.ElemCount != 6 || cmd.IdxOffset + 6 > unsigned(list.IdxBuffer.Size)) return false;
    unsigned int corners[6];
    for (int i = 0; i < 6; ++i) {
        corners[i] = cmd.VtxOffset + list.IdxBuffer[int(cmd.IdxOffset) + i];
        if (corners[i] >= unsigned(list.VtxBuffer.Size)) return false;
    }
    min = max = list.VtxBuffer[int(corners[0])].pos;
    for (unsigned int c : corners) {
        const ImVec2 p = list.VtxBuffer[int(c)].pos;
        min = ImVec2(std::min(min.x, p.x), std::min(min.y, p.y));
        max = ImVec2(std::max(max.x, p.x), std::max(max.y, p.y));
    }
    if (!(max.x > min.x && max.y > min.y)) return false;
    // Every vertex a corner, each corner's texture coordinate the same
    // along its edges (no rotation or skew), white and opaque.
    bool haveMin = false, haveMax = false;
    for (unsigned int c : corners) {
        const ImDrawVert& v = list.VtxBuffer[int(c)];
        if ((v.pos.x != min.x && v.pos.x != max.x) || (v.pos.y != min.y && v.pos.y != max.y)) return false;
        if (v.col != IM_COL32_WHITE) return false;
        if (v.pos.x == min.x && v.pos.y == min.y) uvMin = v.uv, haveMin = true;
        if (v.pos.x == max.x && v.pos.y == max.y) uvMax = v.uv, haveMax = true;
    }
    if (!haveMin || !haveMax) return false;
    for (unsigned int c : corners) {
        const ImDrawVert& v = list.VtxBuffer[int(c)];
        if (v.uv.x != (v.pos.x == min.x ? uvMin.x : uvMax.x) || v.uv.y != (v.pos.y == min.y ? uvMin.y : uvMax.y))
            return false;
    }
    // Two triangles, each on three different corners, sharing a diagonal
    // (two opposite corners): together they fill the rectangle, not one
    // half of it twice.
    const auto at = [&](int i) { return list.VtxBuffer[int(corners[i])].pos; };
    const auto same = [](ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; };
    for (int t = 0; t < 6; t += 3)
        if (same(at(t), at(t + 1)) || same(at(t), at(t + 2)) || same(at(t + 1), at(t + 2))) return false;
    int shared = 0;
    ImVec2 sharedAt[3];
    for (int i = 0; i < 3; ++i)
        for (int j = 3; j < 6; ++j)
            if (same(at(i), at(j))) sharedAt[shared++] = at(i);
    return shared == 2 && sharedAt[0].x != sharedAt[1].x && sharedAt[0].y != sharedAt[1].y;
}

std::vector<ShownPicture> findShownPictures(const ImDrawData& data, int framebufferHeight) {
    std::vector<ShownPicture> found;
    const ImVec2 scale = data.FramebufferScale;
    if (!isWholeValue(scale.x) || !isWholeValue(scale.y) || scale.x < 1 || scale.y < 1) return found;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        for (int c = 0; c < list.CmdBuffer.Size; ++c) {
            const ImDrawCmd& cmd = list.CmdBuffer[c];
            const PictureTexture* texture = cmd.UserCallback ? nullptr : OffscreenLayer::pictureTexture(cmd.TextureId);
            ImageRectangle image;
            if (!texture || !texture->opaque || !imageRectangleOf(list, cmd, image)) continue;
            const ImVec2 min = image.min, max = image.max, uvMin = image.uvMin, uvMax = image.uvMax;
            ShownPicture picture;
            picture.list = n;
            picture.command = c;
            // Whole display units within rectangle and clip: at a whole
            // scale, whole pixels whose centres it covers.
            picture.cover = {std::ceil(std::max(min.x, cmd.ClipRect.x)), std::ceil(std::max(min.y, cmd.ClipRect.y)),
                             std::floor(std::min(max.x, cmd.ClipRect.z)), std::floor(std::min(max.y, cmd.ClipRect.w))};
            if (picture.cover.empty()) continue;
            picture.framebuffer = texture->framebuffer;
            picture.displayPos = data.DisplayPos;
            picture.scale = scale;
            picture.framebufferHeight = framebufferHeight;
            // Pixel for pixel: the rectangle on whole pixels, as many as the
            // texels it shows, on whole texels, upright (OffscreenLayer's
            // pictures are GL's way up: the top row is the highest).
            const float x = (min.x - data.DisplayPos.x) * scale.x, y = (min.y - data.DisplayPos.y) * scale.y;
            const float width = (max.x - min.x) * scale.x, height = (max.y - min.y) * scale.y;
            const float texelX = uvMin.x * float(texture->width), texelTop = uvMin.y * float(texture->height);
            const float texelsX = (uvMax.x - uvMin.x) * float(texture->width);
            const float texelsY = (uvMin.y - uvMax.y) * float(texture->height);
            picture.copyable = isWholeValue(x) && isWholeValue(y) && isWholeValue(texelX) && isWholeValue(texelTop) &&
                               std::abs(texelsX - width) < 1e-2f && std::abs(texelsY - height) < 1e-2f;
            picture.pixelX = int(std::lround(x));
            picture.pixelY = int(std::lround(y));
            picture.texelX = int(std::lround(texelX));
            picture.texelTop = int(std::lround(texelTop));
            found.push_back(picture);
        }
    }
    return found;
}

void splitDamageByPictures(const std::vector<DamageRect>& damage, const std::vector<ShownPicture>& pictures,
                           std::vector<DamagePiece>& pieces) {
    pieces.clear();
    for (const DamageRect& r : damage)
        if (!r.empty()) pieces.push_back({r, -1});
    // Topmost first: what a picture above has taken, one below never gets.
    for (int p = int(pictures.size()) - 1; p >= 0; --p) {
        const DamageRect& cover = pictures[std::size_t(p)].cover;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (pieces[i].picture >= 0) continue;
            const DamageRect r = pieces[i].rect;
            const DamageRect in = intersect(r, cover);
            if (in.empty()) continue;
            pieces[i] = {in, p};
            // The rest of r around it: the bands above and below, then left and right.
            for (const DamageRect& rest : {DamageRect{r.x0, r.y0, r.x1, in.y0}, DamageRect{r.x0, in.y1, r.x1, r.y1},
                                           DamageRect{r.x0, in.y0, in.x0, in.y1}, DamageRect{in.x1, in.y0, r.x1, in.y1}})
                if (!rest.empty()) pieces.push_back({rest, -1});
        }
    }
}

void copyShownPicture(const ImDrawList*, const ImDrawCmd* command) {
    const ShownPicture& p = *static_cast<const ShownPicture*>(command->UserCallbackData);
    const ImVec4& clip = command->ClipRect;
    const int x0 = int(std::lround((clip.x - p.displayPos.x) * p.scale.x));
    const int y0 = int(std::lround((clip.y - p.displayPos.y) * p.scale.y));
    const int x1 = int(std::lround((clip.z - p.displayPos.x) * p.scale.x));
    const int y1 = int(std::lround((clip.w - p.displayPos.y) * p.scale.y));
    if (x1 <= x0 || y1 <= y0) return;
    const int sourceX = p.texelX + (x0 - p.pixelX);
    GLint readFramebuffer = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
    // A blit obeys the scissor test (left set by the renderer for its last
    // command): the clip is applied here instead.
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, p.framebuffer);
    // Rows counted from the bottom on both sides: the texel row at the
    // picture's top edge is texelTop, the framebuffer's top edge height.
    glBlitFramebuffer(sourceX, p.texelTop - (y1 - p.pixelY), sourceX + (x1 - x0), p.texelTop - (y0 - p.pixelY), x0,
                      p.framebufferHeight - y1, x1, p.framebufferHeight - y0, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readFramebuffer));
    glEnable(GL_SCISSOR_TEST);
}

}  // namespace rehearse
