// The UI fonts: a real UI face found through fontconfig (Inter, else any
// sans-serif the system has), rasterised by FreeType; ImGui's built-in font
// when nothing is found, so the app always starts.
#pragma once

struct ImFont;
struct ImFontAtlas;

namespace rehearse {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;  // larger, for titles
    ImFont* mono = nullptr;     // for the clock
};

// `pixelSize` is the body text size in pixels (already scaled for HiDPI).
// Replaces the fonts of the current ImGui context and makes the body face
// the default; the renderer's font texture must be recreated after it.
Fonts loadFonts(float pixelSize);

// The same fonts, found and rasterised into `atlas`, which belongs to no
// ImGui context yet: this touches no context, so start-up runs it on
// another thread while the window opens, then hands the atlas to
// ImGui::CreateContext (and sets io.FontDefault to fonts().regular).
Fonts buildFonts(ImFontAtlas& atlas, float pixelSize);

const Fonts& fonts();

}  // namespace rehearse
