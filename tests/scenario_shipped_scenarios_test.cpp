// Where an installed or a build-tree binary finds the shipped scenarios, and
// that an installed one never reaches back into the source tree.
#include "core/scenario/shipped_scenarios.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rehearse;
using namespace rehearse::test;

TEST_CASE("shipped scenarios: beside the binary, then XDG_DATA_DIRS, then (build tree only) the sources",
          "[scenario][install]") {
    TempHome root;
    const std::string r = root.path();
    const std::string source = r + "/src/scenarios", build = r + "/build";
    makeDirs(source);
    makeDirs(build);

    SECTION("an installed binary reads <prefix>/share/rehearse/scenarios") {
        makeDirs(r + "/prefix/share/rehearse/scenarios");
        makeDirs(r + "/xdg/rehearse/scenarios");
        const ShippedScenarioSearch s =
            searchShippedScenarios("", r + "/prefix/bin/rehearse", r + "/xdg", source, build);
        CHECK(s.folder == r + "/prefix/share/rehearse/scenarios");
        CHECK(s.tried == std::vector<std::string>{s.folder});
    }
    SECTION("then each XDG_DATA_DIRS entry in order, relative ones ignored") {
        makeDirs(r + "/second/rehearse/scenarios");
        const ShippedScenarioSearch s = searchShippedScenarios(
            "", r + "/prefix/bin/rehearse", r + "/first:relative/share:" + r + "/second", source, build);
        CHECK(s.folder == r + "/second/rehearse/scenarios");
        CHECK(s.tried == std::vector<std::string>{r + "/prefix/share/rehearse/scenarios",
                                                  r + "/first/rehearse/scenarios", s.folder});
    }
    SECTION("an installed binary never falls back to the source tree; every place tried is named") {
        const ShippedScenarioSearch s = searchShippedScenarios("", r + "/prefix/bin/rehearse", r + "/xdg", source, build);
        CHECK(s.folder.empty());
        CHECK(s.tried == std::vector<std::string>{r + "/prefix/share/rehearse/scenarios", r + "/xdg/rehearse/scenarios"});
    }
    SECTION("a binary inside the build tree falls back to the source tree") {
        const ShippedScenarioSearch s = searchShippedScenarios("", build + "/rehearse", r + "/xdg", source, build);
        CHECK(s.folder == source);
        CHECK(s.tried.back() == source);
    }
    SECTION("a build without the development fallback does not use it") {
        const ShippedScenarioSearch s = searchShippedScenarios("", build + "/rehearse", r + "/xdg", "", "");
        CHECK(s.folder.empty());
    }
    SECTION("a folder whose name only starts like the build folder is not inside it") {
        makeDirs(build + "-other");
        const ShippedScenarioSearch s = searchShippedScenarios("", build + "-other/rehearse", r + "/xdg", source, build);
        CHECK(s.folder.empty());
    }
    SECTION("$REHEARSE_SCENARIOS is used alone, so a typo is reported, not papered over") {
        makeDirs(r + "/prefix/share/rehearse/scenarios");
        const ShippedScenarioSearch s =
            searchShippedScenarios(r + "/typo", r + "/prefix/bin/rehearse", "", source, build);
        CHECK(s.folder.empty());
        CHECK(s.tried == std::vector<std::string>{r + "/typo"});
    }
}
