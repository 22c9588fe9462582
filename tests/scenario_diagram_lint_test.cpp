// The reference-diagram lint of validate --strict: for each rule, a small
// diagram that a reader would stumble over and one drawn right, measured with
// the same geometry the debrief and the exports draw (160 x 80 blocks).
#include "core/scenario/diagram_lint.hpp"

#include "core/canvas/text_layout.hpp"
#include "core/scenario/scenario_lint.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rehearse;
namespace fs = std::filesystem;

namespace {

DiagramItem diagramBlock(const std::string& id, double x, double y, const std::string& kind = "box",
                  const std::string& label = "") {
    DiagramItem item;
    item.id = id;
    item.kind = kind;
    item.label = label.empty() ? id : label;
    item.x = x;
    item.y = y;
    return item;
}

DiagramArrow arrow(const std::string& id, const std::string& from, const std::string& to,
                   const std::string& label = "") {
    return DiagramArrow{id, from, to, label};
}

std::vector<std::string> lintMessages(const Diagram& d) {
    std::vector<std::string> out;
    for (const DiagramProblem& p : diagramProblems(d)) out.push_back(p.pointer + " " + p.message);
    return out;
}

}  // namespace

TEST_CASE("diagram lint: an arrow through a block it does not connect", "[scenario][diagram-lint]") {
    Diagram d;
    d.items = {diagramBlock("a", 0, 0), diagramBlock("mid", 240, 0), diagramBlock("c", 480, 0)};
    d.arrows = {arrow("a-c", "a", "c")};
    CHECK(lintMessages(d) == std::vector<std::string>{
                             "/arrows/0 arrow 'a-c' (a -> c) passes through block 'mid', which it does not connect"});

    d.items[1].y = 200;  // out of the way
    CHECK(lintMessages(d).empty());
    // Arrows to and from the block in the way are its own, not through it.
    d.items[1].y = 0;
    d.arrows = {arrow("a-mid", "a", "mid"), arrow("mid-c", "mid", "c")};
    CHECK(lintMessages(d).empty());
}

TEST_CASE("diagram lint: two arrows that cross or run over each other", "[scenario][diagram-lint]") {
    Diagram d;
    d.items = {diagramBlock("a", 0, 0), diagramBlock("b", 400, 200), diagramBlock("c", 0, 200), diagramBlock("d", 400, 0)};
    d.arrows = {arrow("a-b", "a", "b"), arrow("c-d", "c", "d")};
    CHECK(lintMessages(d) == std::vector<std::string>{"/arrows/0 arrow 'a-b' (a -> b) crosses arrow 'c-d' (c -> d)"});

    d.arrows = {arrow("a-d", "a", "d"), arrow("c-b", "c", "b")};  // parallel
    CHECK(lintMessages(d).empty());
    // Two arrows leaving one block meet at its edge: that is not a crossing.
    d.arrows = {arrow("a-d", "a", "d"), arrow("a-b", "a", "b"), arrow("a-c", "a", "c")};
    CHECK(lintMessages(d).empty());
    // Both directions on one line: two heads and two labels on one stroke.
    d.arrows = {arrow("a-d", "a", "d"), arrow("d-a", "d", "a")};
    CHECK(lintMessages(d) == std::vector<std::string>{"/arrows/0 arrow 'a-d' (a -> d) crosses arrow 'd-a' (d -> a)"});
}

TEST_CASE("diagram lint: overlapping blocks", "[scenario][diagram-lint]") {
    Diagram d;
    d.items = {diagramBlock("a", 0, 0), diagramBlock("b", 100, 40)};
    CHECK(lintMessages(d) == std::vector<std::string>{"/items/0 block 'a' overlaps block 'b'"});

    d.items[1] = diagramBlock("b", 160, 0);  // edge to edge: touching, not overlapping
    CHECK(lintMessages(d).empty());
    d.items[1] = diagramBlock("b", 0, 100);
    CHECK(lintMessages(d).empty());
}

TEST_CASE("diagram lint: an arrow label longer than its arrow or over its head", "[scenario][diagram-lint]") {
    Diagram d;
    // 80 between the blocks: the arrow shows 72 (4 of clearance at each end).
    d.items = {diagramBlock("a", 0, 0), diagramBlock("b", 240, 0)};
    d.arrows = {arrow("feed", "a", "b", "ranked feed")};
    const std::vector<std::string> tooLong = lintMessages(d);
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong[0] == "/arrows/0 arrow 'feed' (a -> b) label 'ranked feed' needs 81 along the arrow but the arrow "
                        "shows only 72 between the blocks' edges; move the blocks apart or shorten the label");

    d.arrows = {arrow("feed", "a", "b", "ids")};
    CHECK(lintMessages(d).empty());

    // 100 between the blocks: the label fits the arrow but hides its head.
    d.items[1].x = 260;
    d.arrows = {arrow("ids", "a", "b", "candidate ids")};
    const std::vector<std::string> overHead = lintMessages(d);
    REQUIRE(overHead.size() == 1);
    CHECK(overHead[0].find("label 'candidate ids' covers the arrowhead: it needs 89 along the arrow, which leaves "
                           "78 before the head (14 long)") != std::string::npos);
    d.items[1].x = 320;
    CHECK(lintMessages(d).empty());

    // Vertically the label plate is its height: a short drop fits a one-line label.
    d.items[1] = diagramBlock("b", 0, 140);
    d.arrows = {arrow("down", "a", "b", "candidate ids")};
    CHECK(lintMessages(d).empty());
}

TEST_CASE("diagram lint: an arrow label hidden under a third block", "[scenario][diagram-lint]") {
    Diagram d;
    d.items = {diagramBlock("a", 0, 0), diagramBlock("b", 400, 0), diagramBlock("below", 170, 46)};
    d.arrows = {arrow("ids", "a", "b", "candidate ids")};
    CHECK(lintMessages(d) == std::vector<std::string>{
                             "/arrows/0 arrow 'ids' (a -> b) label 'candidate ids' is partly hidden under block 'below'"});
    d.items[2].y = 70;
    CHECK(lintMessages(d).empty());
}

TEST_CASE("diagram lint: a block label that does not fit its block", "[scenario][diagram-lint]") {
    Diagram d;
    // A word wider than the block is cut across lines by the layout, as the
    // renderer draws it, so it fits and is not reported.
    CHECK(approximateTextWidth("Anextraordinarilylongidentifier", 16) > 160);
    d.items = {diagramBlock("word", 0, 0, "box", "Anextraordinarilylongidentifier")};
    CHECK(lintMessages(d).empty());

    d.items = {diagramBlock("tall", 0, 0, "box", "one two three four five six seven eight nine ten eleven twelve thirteen "
                                          "fourteen fifteen sixteen")};
    const std::vector<std::string> tall = lintMessages(d);
    REQUIRE(tall.size() == 1);
    CHECK(tall[0].find("does not fit inside the block: 6 line(s), 120 high and ") != std::string::npos);

    d.items = {diagramBlock("ok", 0, 0, "box", "Feature store with point-in-time joins")};
    CHECK(lintMessages(d).empty());
}

TEST_CASE("diagram lint: a block label that runs under the kind icon", "[scenario][diagram-lint]") {
    Diagram d;
    // Three lines, the first 135 wide: the layout moves it clear of the
    // icon, as the renderer draws it, so the lint has nothing to report.
    d.items = {diagramBlock("towers", 0, 0, "model", "Two tower retrieval model with hard negatives")};
    CHECK(lintMessages(d).empty());
    // A plain box has no icon; one short line sits below the icon.
    d.items = {diagramBlock("towers", 0, 0, "box", "Two tower retrieval model with hard negatives")};
    CHECK(lintMessages(d).empty());
    d.items = {diagramBlock("ranker", 0, 0, "model", "Ranker")};
    CHECK(lintMessages(d).empty());
}

TEST_CASE("diagram lint: a diagram too big to compare pair by pair is reported, not checked", "[scenario][diagram-lint]") {
    Diagram d;
    for (int i = 0; i < 1001; ++i) d.items.push_back(diagramBlock("b" + std::to_string(i), 0, 0));
    CHECK(lintMessages(d) == std::vector<std::string>{
                             " has 1001 items and 0 arrows; the layout is checked only up to 1000 of each"});
    d.items.resize(1000);  // checked: all on one spot, so the first overlaps every other
    const std::vector<std::string> found = lintMessages(d);
    CHECK(found.size() == 999 * 1000 / 2);
    CHECK(found.front() == "/items/0 block 'b0' overlaps block 'b1'");
}

TEST_CASE("diagram lint: validate --strict names the file, line and column of the arrow", "[scenario][diagram-lint]") {
    const fs::path path = fs::temp_directory_path() / "rehearse-diagram-lint-toy.json";
    {
        std::ofstream(path) << R"({
  "format": 1, "id": "diagram-toy", "title": "Diagram toy", "question": "Design a recommender.",
  "difficulty": "easy", "tags": [], "minutes": 10,
  "facts": [ { "id": "volume", "topic": "Volume", "asks": ["how many users"], "answer": "Ten million." } ],
  "stages": [ { "id": "evaluation", "minutes": 10, "goal": "g", "guidance": "g", "reference": "r",
      "key_points": [ { "id": "kp", "text": "t", "why": "w", "concepts": [["off policy"]], "weight": 1 } ] } ],
  "reference": { "summary": "s", "diagram": {
    "items": [ { "id": "a", "kind": "box", "label": "A", "x": 0, "y": 0 },
               { "id": "b", "kind": "box", "label": "B", "x": 240, "y": 0 } ],
    "arrows": [ { "id": "a-b", "from": "a", "to": "b", "label": "ranked feed" } ] } }
})";
    }
    const ScenarioLoadResult loaded = loadScenarioFromFile(path.string());
    REQUIRE(loaded.scenario);
    std::vector<std::string> lines;
    for (const Diagnostic& d : lintScenarios({*loaded.scenario}))
        if (d.message.rfind("reference diagram:", 0) == 0) lines.push_back(d.format());
    fs::remove(path);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].rfind(path.string() + ":10:17: warning: reference diagram: arrow 'a-b' (a -> b) label 'ranked feed'",
                         0) == 0);
}
