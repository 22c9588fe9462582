// A session file handed over by someone else (`rehearse sessions import`),
// imported into a fresh in-memory store. What imports must export again, and
// that export must import once more as a copy: a file that comes in is a file
// that can travel on.
#include "fuzz_targets.hpp"

#include "core/store/session_archive.hpp"

namespace rehearse::fuzz {

int sessionArchive(const std::uint8_t* data, std::size_t size) {
    auto store = SessionStore::open(":memory:", SqliteConnection::Mode::ReadWrite);
    ArchiveImportResult imported = importSessionArchive(*store, asText(data, size));
    if (!imported.id) {
        check(!imported.error.empty(), "an import failed without saying why");
        return 0;
    }
    check(imported.error.empty(), "an import succeeded with an error");
    std::string error;
    std::optional<std::string> exported = exportSessionArchive(*store, *imported.id, error);
    if (!exported) fail("an imported session cannot be exported: " + error);
    ArchiveImportResult again = importSessionArchive(*store, *exported, ArchiveImportOptions{true});
    if (!again.id) fail("an exported session cannot be imported again: " + again.error);
    return 0;
}

}  // namespace rehearse::fuzz
