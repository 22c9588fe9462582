// The editor's open file changed by another program: a draft without edits
// takes the new version, a draft with edits asks, a broken save is located.
#include "core/authoring/draft_disk_sync.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rehearse;
namespace fs = std::filesystem;

TEST_CASE("draft disk sync: a change on disk is taken, asked about, or refused with its location", "[authoring][disk-sync]") {
    const fs::path folder = fs::temp_directory_path() / "rehearse-draft-disk-sync";
    fs::remove_all(folder);
    fs::create_directories(folder);
    const std::string file = (folder / "toy.json").string();
    test::writeAll(file, "{ \"id\": \"toy\", \"title\": \"First\" }\n");

    Diagnostics problems;
    std::optional<ScenarioDraft> draft = ScenarioDraft::fromText(test::readAll(file), file, problems);
    REQUIRE(draft);
    DraftDiskSync sync;
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::None);  // tracks nothing yet
    sync.track(file);
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::None);

    test::writeAll(file, "{ \"id\": \"toy\", \"title\": \"Second, longer\" }\n");
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::Take);
    REQUIRE(draft->set("/title", "Mine"));
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::Ask);  // unsaved edits: only the author may drop them

    std::optional<ScenarioDraft> fromDisk = sync.read(problems);
    REQUIRE(fromDisk);
    CHECK(fromDisk->text("/title") == "Second, longer");
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::None);  // that version is seen

    test::writeAll(file, "{ \"id\": \"toy\",\n  \"title\": }\n");
    CHECK(sync.poll(*fromDisk) == DraftDiskSync::Change::Take);
    CHECK_FALSE(sync.read(problems));
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().format().rfind(file + ":2:", 0) == 0);
    CHECK(sync.poll(*fromDisk) == DraftDiskSync::Change::None);  // not asked about again

    // Kept: a later save is asked about, this one is not.
    test::writeAll(file, "{ \"id\": \"toy\", \"title\": \"Third version\" }\n");
    sync.dismiss();
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::None);

    fs::remove(file);  // gone: nothing to read in, the draft is all there is
    CHECK(sync.poll(*draft) == DraftDiskSync::Change::None);
}
