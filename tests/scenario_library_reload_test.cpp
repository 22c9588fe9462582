// The library follows files edited in another program, keeps the last good
// version of a file broken by an edit, and says where each scenario came from.
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_origin.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

const std::string kToyScenarioPath = REHEARSE_TEST_DATA "/scenarios/minimal.json";

fs::path freshLibraryFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("rehearse-library-reload-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

// The toy scenario with another title (a different length, so the size changes too).
std::string toyTitled(const std::string& title) {
    std::string text = test::readAll(kToyScenarioPath);
    const std::string from = "\"title\": \"Late invoices\"";
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), "\"title\": \"" + title + "\"");
}

}  // namespace

TEST_CASE("library reload: an edit saved elsewhere is picked up, and nothing else reloads", "[scenario][reload]") {
    const fs::path folder = freshLibraryFolder("edit");
    const std::string file = (folder / "toy.json").string();
    test::writeAll(file, toyTitled("Late invoices"));
    ScenarioLibrary library;
    library.load({folder.string()});
    const std::size_t loaded = library.generation();
    CHECK_FALSE(library.reloadIfChanged());
    CHECK(library.generation() == loaded);

    test::writeAll(file, toyTitled("Overdue invoices, revised"));
    CHECK(library.reloadIfChanged());
    CHECK(library.generation() != loaded);
    REQUIRE(library.find("toy-late-invoices"));
    CHECK(library.find("toy-late-invoices")->title == "Overdue invoices, revised");

    // A new file in the folder counts as a change.
    std::string second = toyTitled("Second");
    second.replace(second.find("toy-late-invoices"), 17, "toy-second-copy-x");
    test::writeAll((folder / "second.json").string(), second);
    CHECK(library.reloadIfChanged());
    CHECK(library.scenarios().size() == 2);
}

TEST_CASE("library reload: a broken save keeps the last good version and says where the error is", "[scenario][reload]") {
    const fs::path folder = freshLibraryFolder("broken");
    const std::string file = (folder / "toy.json").string();
    test::writeAll(file, toyTitled("Late invoices"));
    ScenarioLibrary library;
    library.load({folder.string()});
    REQUIRE(library.diagnostics().empty());

    test::writeAll(file, "{\n  \"id\": \"toy-late-invoices\",\n  \"title\": \n}\n");
    CHECK(library.reloadIfChanged());
    REQUIRE(library.find("toy-late-invoices"));  // still usable
    CHECK(library.find("toy-late-invoices")->title == "Late invoices");
    CHECK(library.keptCount() == 1);
    REQUIRE(library.diagnostics().size() == 2);
    CHECK(library.diagnostics()[0].format().rfind(file + ":4:1: error:", 0) == 0);
    CHECK(library.diagnostics()[1].message.find("last version of 'toy-late-invoices'") != std::string::npos);

    // Broken again, differently: the version kept is still the last good one.
    test::writeAll(file, "{ \"id\": ");
    CHECK(library.reloadIfChanged());
    REQUIRE(library.find("toy-late-invoices"));
    CHECK(library.find("toy-late-invoices")->title == "Late invoices");

    // Fixed: the new version, and no more problems.
    test::writeAll(file, toyTitled("Fixed invoices"));
    CHECK(library.reloadIfChanged());
    CHECK(library.find("toy-late-invoices")->title == "Fixed invoices");
    CHECK(library.diagnostics().empty());
    CHECK(library.keptCount() == 0);

    // A file deleted takes its scenario with it: nothing to keep it for.
    fs::remove(file);
    CHECK(library.reloadIfChanged());
    CHECK(library.scenarios().empty());
}

TEST_CASE("library origin: --scenarios adds to the shipped and user folders, and each scenario says where it is from", "[scenario][origin]") {
    const fs::path shipped = freshLibraryFolder("shipped");
    const fs::path user = freshLibraryFolder("user");
    const fs::path added = freshLibraryFolder("added") / "team-scenarios";
    fs::create_directories(added);
    const fs::path missingUser = shipped / "no-such-folder";

    // The user's folder only when it exists; a folder named twice (or the shipped one again) once.
    CHECK(libraryPaths(shipped.string(), missingUser.string(), {}) == std::vector<std::string>{shipped.string()});
    const std::vector<std::string> paths =
        libraryPaths(shipped.string(), user.string(), {added.string(), shipped.string() + "/", added.string()});
    CHECK(paths == std::vector<std::string>{shipped.string(), user.string(), added.string()});
    CHECK(libraryPaths("", user.string(), {added.string()}) == std::vector<std::string>{user.string(), added.string()});

    test::writeAll((shipped / "a.json").string(), toyTitled("A"));
    std::string b = toyTitled("B");
    b.replace(b.find("toy-late-invoices"), 17, "toy-b-invoices-xx");
    test::writeAll((user / "b.json").string(), b);
    std::string c = toyTitled("C");
    c.replace(c.find("toy-late-invoices"), 17, "toy-c-invoices-xx");
    test::writeAll((added / "c.json").string(), c);

    ScenarioLibrary library;
    library.load(paths);
    REQUIRE(library.scenarios().size() == 3);
    auto originOf = [&](const std::string& id) {
        const Scenario* s = library.find(id);
        REQUIRE(s);
        return scenarioOrigin(library.rootOf(*s), shipped.string(), user.string());
    };
    CHECK(originOf("toy-late-invoices").kind == ScenarioOriginKind::Shipped);
    CHECK(originOf("toy-late-invoices").label == "shipped");
    CHECK(originOf("toy-b-invoices-xx").kind == ScenarioOriginKind::UserFolder);
    CHECK(originOf("toy-b-invoices-xx").label == "your folder");
    CHECK(originOf("toy-c-invoices-xx").kind == ScenarioOriginKind::Added);
    CHECK(originOf("toy-c-invoices-xx").label == "team-scenarios");
    // A file named on its own is its own root.
    CHECK(scenarioOrigin((added / "c.json").string(), shipped.string(), user.string()).label == "c.json");
}
