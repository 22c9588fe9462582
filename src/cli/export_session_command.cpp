// Exports a stored session (see `rehearse sessions list`) as the Markdown
// debrief or its canvas as SVG, PNG or Excalidraw, with the same writers the
// app and `rehearse export SCENARIO --reference` use (core/export). Reached
// through `rehearse sessions export ID --format ...`, and meant for
// `rehearse export SESSION --format ...` too.
#include "cli/commands.hpp"

#include "core/export/debrief_markdown.hpp"
#include "core/export/canvas_file.hpp"
#include "core/export/export_format.hpp"
#include "core/interviewer/debrief.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/store/safe_file.hpp"
#include "core/store/session_archive.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/stored_session.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>

namespace rehearse {

std::optional<SessionRecordId> resolveSessionArgument(SessionStore& store, const std::string& argument) {
    // An id from `sessions list`, or a session's uid from an exported file.
    char* end = nullptr;
    long long id = std::strtoll(argument.c_str(), &end, 10);
    if (!argument.empty() && end && *end == '\0' && store.session(id)) return id;
    if (auto record = store.sessionByUid(argument)) return record->id;
    return std::nullopt;
}

namespace {

int exportSession(const std::string& sessionArgument, const std::string& format, const std::string& outFile,
                  const std::vector<std::string>& scenarioPaths) {
    // A name without an extension gets the session file (JSON), what
    // `sessions export` is for; an extension we do not know is refused.
    const ExportFormatChoice choice = chooseExportFormat(
        format, outFile,
        {ExportFormat::Json, ExportFormat::Markdown, ExportFormat::Svg, ExportFormat::Png, ExportFormat::Excalidraw},
        ExportFormat::Json);
    if (!choice.format) {
        std::cerr << "rehearse: " << choice.error << "\n";
        return 2;
    }
    const ExportFormat fmt = *choice.format;
    if (auto problem = outputFileProblem(outFile)) {  // before any work
        std::cerr << "rehearse: " << *problem << "\n";
        return 3;
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
    if (fmt == ExportFormat::Json) {
        auto text = exportSessionArchive(store, *id, error);
        if (!text) {
            std::cerr << "rehearse: " << error << "\n";
            return 1;
        }
        if (!writeOutputFile(outFile, *text, error)) {
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
    if (fmt == ExportFormat::Markdown) {
        ok = writeDebriefMarkdown(buildDebrief(session, session.lastActionAt()), outFile, error);
    } else {
        ok = writeCanvasFile(session.canvas(), fmt, outFile,
                             session.scenario().title + " - " + reopened.record.displayName(), error);
    }
    if (!ok) {
        std::cerr << "rehearse: " << error << "\n";
        return 3;
    }
    std::cout << "wrote " << outFile << " (session " << *id << ", " << exportFormatId(fmt) << ")\n";
    return 0;
}

}  // namespace

int runExportSession(const std::string& sessionArgument, const std::string& format, const std::string& outFile,
                     const std::vector<std::string>& scenarioPaths) {
    // Whatever the stored session holds, the answer is one line and an exit code.
    try {
        return exportSession(sessionArgument, format, outFile, scenarioPaths);
    } catch (...) {
        return reportUncaughtError("cannot export session " + sessionArgument);
    }
}

}  // namespace rehearse
