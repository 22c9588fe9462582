#include "app/fonts.hpp"

#include "core/export/font_file.hpp"

#include <fontconfig/fontconfig.h>  // FcInit/FcFini around the lookups

#include <imgui.h>
#include <imgui_freetype.h>

#include <string>

namespace rehearse {
namespace {

Fonts g_fonts;

ImFont* addFont(ImFontAtlas& atlas, const char* pattern, float size, const ImWchar* ranges) {
    std::string path = installedFontFile(pattern);
    if (path.empty()) return nullptr;
    ImFontConfig config;
    config.OversampleH = 1;  // FreeType hints well; oversampling only blurs
    return atlas.AddFontFromFileTTF(path.c_str(), size, &config, ranges);
}

}  // namespace

Fonts buildFonts(ImFontAtlas& atlas, float pixelSize) {
    atlas.Clear();
    g_fonts = Fonts{};  // nothing left pointing into the cleared atlas
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    // Latin, Latin-1, general punctuation (dashes, quotes, bullets) and arrows.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E,
                                     0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF,
                                     0x2700, 0x27BF, 0};
    // The clock's digits need no more than ASCII. Every glyph is rasterised
    // before the first frame, and DejaVu Sans Mono has some 900 in the
    // ranges above: as many as the three Inter faces together.
    static const ImWchar asciiRange[] = {0x0020, 0x007E, 0};
    FcInit();
    g_fonts.regular = addFont(atlas, "Inter:style=Regular", pixelSize, ranges);
    if (!g_fonts.regular) g_fonts.regular = addFont(atlas, "sans-serif", pixelSize, ranges);
    if (g_fonts.regular) {
        // By weight: Inter names this style "Semi Bold", so "style=SemiBold"
        // matched nothing and fontconfig fell back to the regular face.
        g_fonts.bold = addFont(atlas, "Inter:weight=semibold", pixelSize, ranges);
        g_fonts.heading = addFont(atlas, "Inter:weight=semibold", pixelSize * 1.35f, ranges);
        g_fonts.mono = addFont(atlas, "DejaVu Sans Mono", pixelSize, asciiRange);
    }
    if (!g_fonts.regular) {
        ImFontConfig config;
        config.SizePixels = pixelSize;
        g_fonts.regular = atlas.AddFontDefault(&config);
    }
    if (!g_fonts.bold) g_fonts.bold = g_fonts.regular;
    if (!g_fonts.heading) g_fonts.heading = g_fonts.bold;
    if (!g_fonts.mono) g_fonts.mono = g_fonts.regular;
    // Fontconfig is only needed to find the files; release its caches.
    FcFini();
    // Rasterise now, in the RGBA form the renderer uploads, rather than in
    // the first frame: on the start-up path this runs on another thread.
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    return g_fonts;
}

Fonts loadFonts(float pixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    buildFonts(*io.Fonts, pixelSize);
    io.FontDefault = g_fonts.regular;
    return g_fonts;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace rehearse
