// Exports a stored session (see `rehearse sessions list`) as the Markdown
// debrief or its canvas as SVG, PNG or Excalidraw, with the same writers the
// app and `rehearse export SCENARIO --reference` use (core/export). Reached
// through `rehearse sessions export ID --format ...`, and meant for
// `rehearse export SESSION --format ...` too.
#include "cli/commands.hpp"

#include "core/export/debrief_markdown.hpp"
#include "core/export/excalidraw_export.hpp"
#include "core/export/png_export.hpp"
#include "core/export/svg_export.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/store/safe_file.hpp"
#include "core/store/session_archive.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace rehearse {

namespace {

std::string formatFromExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".md" || ext == ".markdown") return "md";
    if (ext == ".svg") return "svg";
    if (ext == ".png") return "png";
    if (ext == ".excalidraw") return "excalidraw";
    if (ext == ".json") return "json";
    return {};
}

}  // namespace

std::optional<SessionRecordId> resolveSessionArgument(SessionStore& store, const std::string& argument) {
    // An id from `sessions list`, or a session's uid from an exported file.
    char* end = nullptr;
    long long id = std::strtoll(argument.c_str(), &end, 10);
    if (!argument.empty() && end && *end == '\0' && store.session(id)) return id;
    if (auto record = store.sessionByUid(argument)) return record->id;
    return std::nullopt;
}

int runExportSession(const std::string& sessionArgument, const std::string& format, const std::string& outFile,
                     const std::vector<std::string>& scenarioPaths) {
    const std::string fmt = format.empty() ? formatFromExtension(outFile) : format;
    if (fmt != "json" && fmt != "md" && fmt != "svg" && fmt != "png" && fmt != "excalidraw") {
        std::cerr << "rehearse: say --format json, md, svg, png or excalidraw (or use one of those extensions)\n";
        return 2;
    }
    StoreOpenResult opened = openSessionStore();
    if (!opened.problem.empty()) std::cerr << "rehearse: " << opened.problem << "\n";
    if (!opened.store) return 1;
    SessionStore& store = *opened.store;
    auto id = resolveSessionArgument(store, sessionArgument);
    if (!id) {
        std::cerr << "rehearse: no stored session '" << sessionArgument << "' (see `rehearse sessions list`)\n";
        return 1;
    }

    std::string error;
    if (fmt == "json") {
        auto text = exportSessionArchive(store, *id, error);
        if (!text) {
            std::cerr << "rehearse: " << error << "\n";
            return 1;
        }
        if (!writeFileAtomically(outFile, *text, error)) {
            std::cerr << "rehearse: " << error << "\n";
            return 3;
        }
        std::cout << "wrote " << outFile << " (session " << *id << ", json)\n";
        return 0;
    }

    ScenarioLibrary library;
    library.load(scenarioPaths);
    ReopenedSession reopened = reopenStoredSession(store, *id, &library);
    if (!reopened.session) {
        std::cerr << "rehearse: cannot open session " << *id << ": " << reopened.error << "\n";
        return 1;
    }
    if (!reopened.note.empty()) std::cerr << "rehearse: note: " << reopened.note << "\n";
    const Session& session = *reopened.session;
    bool ok = false;
    error = "cannot write " + outFile;
    if (fmt == "md") {
        ok = writeDebriefMarkdown(buildDebrief(session, session.lastActionAt()), outFile, &error);
    } else if (fmt == "svg") {
        SvgExportOptions options;
        options.title = session.scenario().title + " - " + reopened.record.displayName();
        ok = writeFileAtomically(outFile, exportSvg(session.canvas(), options), error);
    } else if (fmt == "excalidraw") {
        ok = writeFileAtomically(outFile, exportExcalidrawText(session.canvas()), error);
    } else {
        PngExportOptions options;
        options.scale = 2;
        ok = writePng(session.canvas(), outFile, options, &error);
    }
    if (!ok) {
        std::cerr << "rehearse: " << error << "\n";
        return 3;
    }
    std::cout << "wrote " << outFile << " (session " << *id << ", " << fmt << ")\n";
    return 0;
}

}  // namespace rehearse
