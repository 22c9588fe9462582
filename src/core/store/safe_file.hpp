// File operations that never lose what was there: writes go to a temporary
// file that replaces the target only once it is complete and on disk, and a
// file we cannot use is moved aside under a new name instead of being
// overwritten or deleted.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

// The whole file, or nothing (with the reason in `error`).
std::optional<std::string> readTextFile(const std::string& path, std::string& error);

// Writes `content` to `path` atomically: `path` holds either the old or the
// new content, whatever happens (crash, full disk). False with a reason.
// The file is private (0600): for our own data (settings, the store).
bool writeFileAtomically(const std::string& path, const std::string& content, std::string& error);

// Writes a file the user named as output (every export: session files, the
// Markdown debrief, SVG, PNG, Excalidraw), atomically like the above, by
// one rule for all of them:
//   - a read-only file is not replaced: false, "<path> is read-only; ...";
//   - a symbolic link is replaced by the new file, never followed (the
//     file it points to is left alone);
//   - a directory or other non-regular file is refused;
//   - the new file gets the mode of the file it replaces, or for a new file
//     0666 less the user's umask, like any file a program creates.
bool writeOutputFile(const std::string& path, const std::string& content, std::string& error);
// What writeOutputFile would refuse `path` for, if anything, checked before
// the content is made (a PNG of a big canvas takes seconds to draw).
std::optional<std::string> outputFileProblem(const std::string& path);

// Renames `path` to "<path>.<tag>-<YYYYMMDD-HHMMSS>" (adding "-2", "-3", ...
// if that exists) and returns the new name. Each of `siblingSuffixes` (e.g.
// "-wal", "-shm") that exists next to `path` moves along with it, keeping
// the suffix, so SQLite still finds a moved database's journal.
std::optional<std::string> moveAside(const std::string& path, const std::string& tag, std::string& error,
                                     const std::vector<std::string>& siblingSuffixes = {});

bool fileExists(const std::string& path);

// The folder that holds `path`: "." for a bare name, "/" for a file at the root.
std::string parentFolderOf(const std::string& path);

}  // namespace rehearse
