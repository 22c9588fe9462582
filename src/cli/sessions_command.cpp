// rehearse sessions list|export|import|rename|delete|restore: the stored
// rehearsals ($XDG_DATA_HOME/rehearse/sessions.db) from the command line.
//   list                      one session a line: id, date, time spent, coverage, status, scenario, name,
//                             and for a pair session who interviewed whom
//   export ID -o FILE         one JSON file (or --format md|svg|png|excalidraw)
//   import FILE [--copy]      a session file exported here or elsewhere (a regular
//                             file of at most 64 MB, kMaxSessionArchiveBytes)
//   rename ID NAME, delete ID, restore ID
// Exit 0 on success, 1 when the session or file is not there or not valid,
// 2 on a usage error, 3 when a file cannot be written.
#include "cli/commands.hpp"

#include "core/numeric/checked_conversion.hpp"
#include "core/numeric/percent.hpp"
#include "core/session/duration_format.hpp"

#include "core/json/untrusted_json.hpp"
#include "core/store/history_actions.hpp"
#include "core/store/session_archive.hpp"
#include "core/store/store_recovery.hpp"
#include "core/store/timestamps.hpp"
#include "core/text/terminal_text.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

namespace rehearse {

namespace {

struct SessionsOptions {
    bool all = false;
    bool json = false;
    std::string session;
    std::string output;
    std::string format;
    std::string file;
    bool asCopy = false;
    std::string name;
};

// Opens the store for a command; says what went wrong on stderr.
std::unique_ptr<SessionStore> openForCommand(bool needWrite) {
    StoreOpenResult opened = openSessionStore();
    if (!opened.problem.empty()) std::cerr << "rehearse: " << terminalText(opened.problem) << "\n";
    if (needWrite && opened.store && opened.store->isReadOnly()) return nullptr;
    return std::move(opened.store);
}

int listSessions(const SessionsOptions& o) {
    auto store = openForCommand(false);
    if (!store) return 1;
    std::vector<SessionRecord> sessions = store->listSessions(o.all);
    if (o.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const SessionRecord& r : sessions)
            out.push_back({{"id", r.id},
                           {"uid", r.uid},
                           {"scenario", r.scenarioId},
                           {"title", r.scenarioTitle},
                           {"name", r.name},
                           {"created", formatIsoUtc(r.createdMs)},
                           {"updated", formatIsoUtc(r.updatedMs)},
                           {"finished", r.finishedMs ? nlohmann::json(formatIsoUtc(*r.finishedMs)) : nlohmann::json()},
                           {"seconds", r.seconds},
                           {"coverage", r.coverage ? nlohmann::json(*r.coverage) : nlohmann::json()},
                           {"deleted", r.deletedMs.has_value()},
                           {"pair", r.pair ? nlohmann::json{{"interviewer", r.pair->interviewer},
                                                            {"candidate", r.pair->candidate},
                                                            {"you", r.pair->keptBy ? nlohmann::json(pairRoleId(*r.pair->keptBy))
                                                                                   : nlohmann::json()}}
                                           : nlohmann::json()}});
        std::cout << dumpJson(out, 2) << "\n";
        return 0;
    }
    for (const SessionRecord& r : sessions) {
        std::string coverage = r.coverage ? percentText(*r.coverage) : "-";
        const char* status = r.deletedMs ? "deleted" : r.finished() ? "finished" : "unfinished";
        std::cout << r.id << "\t" << formatLocalDateTime(r.createdMs) << "\t" << formatDuration(r.seconds) << "\t"
                  << coverage << "\t" << status << "\t" << terminalText(r.scenarioId) << "\t" << terminalText(r.name);
        if (r.pair) std::cout << "\t" << terminalText(r.pair->summary());
        std::cout << "\n";
    }
    if (sessions.empty()) std::cerr << "rehearse: no stored sessions yet (" << terminalText(store->path()) << ")\n";
    return 0;
}

int importSession(const SessionsOptions& o) {
    std::string error;
    auto text = readSessionArchiveFile(o.file, error);
    if (!text) {
        std::cerr << "rehearse: " << terminalText(error) << "\n";
        return 1;
    }
    auto store = openForCommand(true);
    if (!store) return 1;
    ArchiveImportResult result = importSessionArchive(*store, *text, {o.asCopy});
    // Messages may quote the file: shown, never obeyed.
    const std::string file = terminalText(o.file);
    for (const std::string& warning : result.warnings)
        std::cerr << file << ": warning: " << terminalText(warning) << "\n";
    if (!result.id) {
        std::cerr << file << ": error: " << terminalText(result.error) << "\n";
        return 1;
    }
    std::cout << "imported " << file << " as session " << *result.id << "\n";
    return 0;
}

// rename, delete, restore: one small change to one session. `change` says
// whether it was made (and what went wrong on stderr when not).
template <typename Change>
int changeSession(const std::string& argument, Change change) {
    auto store = openForCommand(true);
    if (!store) return 1;
    auto id = resolveSessionArgument(*store, argument);
    if (!id) {
        std::cerr << "rehearse: no stored session '" << terminalText(argument)
                  << "' (see `rehearse sessions list --all`)\n";
        return 1;
    }
    try {
        return change(*store, *id) ? 0 : 3;
    } catch (const StoreError& e) {
        std::cerr << "rehearse: " << terminalText(e.what()) << "\n";
        return 3;
    }
}

}  // namespace

void addSessionsCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto o = std::make_shared<SessionsOptions>();
    CLI::App* cmd = app.add_subcommand("sessions", "List, export, import, rename and delete stored rehearsals");
    cmd->require_subcommand(1);
    auto ran = [&result](int code) {
        result.ran = true;
        result.exitCode = code;
    };

    CLI::App* list = cmd->add_subcommand("list", "One stored session a line: id, date, time, coverage, status, "
                                                 "scenario, name");
    list->add_flag("-a,--all", o->all, "Include deleted sessions (kept until the app next starts)");
    list->add_flag("--json", o->json, "As JSON, for scripts");
    list->callback([o, ran] { ran(listSessions(*o)); });

    CLI::App* exp = cmd->add_subcommand("export", "Write a stored session to one file (JSON to import elsewhere, "
                                                  "or md/svg/png/excalidraw)");
    exp->add_option("id", o->session, "Session id (from `sessions list`) or uid")->required();
    exp->add_option("-o,--output", o->output, "File to write")->required();
    exp->add_option("-f,--format", o->format,
                    "json, md, svg, png or excalidraw; default: from the file name (.json, .md/.markdown, "
                    ".svg, .png, .excalidraw, any case), json without an extension")
        ->check(CLI::IsMember({"json", "md", "svg", "png", "excalidraw"}));
    // The format comes from the file name by the rule both export commands
    // share (core/export/export_format.hpp): JSON without an extension.
    exp->callback(
        [o, ran, &common] { ran(runExportSession(o->session, o->format, o->output, common.resolvedScenarioPaths())); });

    CLI::App* imp = cmd->add_subcommand("import", "Add a session file (from `sessions export`) to your history");
    imp->add_option("file", o->file, "The session file (a regular file, at most 64 MB)")->required()->check(CLI::ExistingFile);
    imp->add_flag("--copy", o->asCopy, "Import even if the session is already here, as a copy");
    imp->callback([o, ran] { ran(importSession(*o)); });

    CLI::App* rename = cmd->add_subcommand("rename", "Give a stored session a name");
    rename->add_option("id", o->session, "Session id or uid")->required();
    rename->add_option("name", o->name, "The new name (\"\" to clear it)")->required();
    rename->callback([o, ran] {
        // The history screen's rule (core/store/history_actions.hpp): UTF-8
        // repaired, and the scenario's own title clears the name.
        ran(changeSession(o->session, [&](SessionStore& store, SessionRecordId id) {
            const HistoryOutcome outcome = HistoryActions::rename(store, id, o->name);
            if (!outcome.ok) std::cerr << "rehearse: " << terminalText(outcome.message) << "\n";
            return outcome.ok;
        }));
    });

    CLI::App* del = cmd->add_subcommand("delete", "Delete a stored session (restore undoes it until the app starts)");
    del->add_option("id", o->session, "Session id or uid")->required();
    del->callback([o, ran] {
        ran(changeSession(o->session, [](SessionStore& store, SessionRecordId id) {
            store.markDeleted(id, nowUnixMs());
            std::cout << "deleted session " << id << "; `rehearse sessions restore " << id << "` brings it back\n";
            return true;
        }));
    });

    CLI::App* restore = cmd->add_subcommand("restore", "Bring back a deleted session");
    restore->add_option("id", o->session, "Session id or uid")->required();
    restore->callback([o, ran] {
        ran(changeSession(o->session, [](SessionStore& store, SessionRecordId id) {
            store.restore(id);
            return true;
        }));
    });
}

}  // namespace rehearse
