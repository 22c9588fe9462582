// The UI fonts: a real UI face found through fontconfig (Inter, else any
// sans-serif the system has), rasterised by FreeType; ImGui's built-in font
// when nothing is found, so the app always starts.
#pragma once

struct ImFont;

namespace rehearse {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;  // larger, for titles
    ImFont* mono = nullptr;     // for the clock
};

// `pixelSize` is the body text size in pixels (already scaled for HiDPI).
// Call before the renderer builds the font atlas.
Fonts loadFonts(float pixelSize);

const Fonts& fonts();

}  // namespace rehearse
