// Installed font files, found through fontconfig, so the app's screen and
// its PNG exports draw text with the same face and measure it the same way.
#pragma once

#include <string>

namespace rehearse {

// The file of the best installed match for a fontconfig pattern such as
// "Inter:weight=semibold"; empty when fontconfig finds nothing.
std::string installedFontFile(const char* pattern);

// The face the app's regular text uses: Inter, else the system's sans-serif;
// empty when neither is installed.
std::string regularUiFontFile();

}  // namespace rehearse
