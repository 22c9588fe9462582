#include "core/export/font_file.hpp"

#include <fontconfig/fontconfig.h>

namespace rehearse {

std::string installedFontFile(const char* pattern) {
    std::string path;
    FcPattern* query = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
    if (!query) return path;
    FcConfigSubstitute(nullptr, query, FcMatchPattern);
    FcDefaultSubstitute(query);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, query, &result);
    if (match) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file)
            path = reinterpret_cast<const char*>(file);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(query);
    return path;
}

std::string regularUiFontFile() {
    std::string path = installedFontFile("Inter:style=Regular");
    if (path.empty()) path = installedFontFile("sans-serif");
    return path;
}

}  // namespace rehearse
