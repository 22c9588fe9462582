#include "net/word_list.hpp"

namespace rehearse::net {

const std::array<const char*, 256>& pairWords() {
    static const std::array<const char*, 256> words = {
        "acorn", "actor", "admiral", "almond", "amber", "anchor", "angle", "apple", "apron",
        "arcade", "arrow", "atlas", "autumn", "avocado", "badge", "bagel", "bakery", "bamboo",
        "banjo", "barley", "basil", "beacon", "bicycle", "biscuit", "blanket", "blossom", "bonfire",
        "border", "bottle", "boulder", "bracket", "breeze", "bridge", "brook", "bucket", "buffalo",
        "bugle", "butter", "cabin", "cactus", "camel", "candle", "captain", "carbon", "castle",
        "cedar", "cello", "chalk", "cherry", "chimney", "cider", "cinema", "circus", "clover",
        "cobalt", "coconut", "comet", "copper", "coral", "cotton", "cougar", "crayon", "cricket",
        "crossbow", "crystal", "cupboard", "curtain", "cushion", "dahlia", "daisy", "dancer",
        "delta", "denim", "desert", "diamond", "dolphin", "domino", "donkey", "dragon", "drum",
        "eagle", "easel", "echo", "eclipse", "elbow", "ember", "engine", "falcon", "feather",
        "fennel", "ferry", "fiddle", "finch", "flannel", "flute", "forest", "fossil", "fountain",
        "fox", "galaxy", "garden", "gazelle", "geyser", "ginger", "glacier", "goblet", "gondola",
        "granite", "guitar", "hammock", "harbor", "hazel", "helmet", "heron", "hickory", "honey",
        "horizon", "iceberg", "igloo", "indigo", "island", "ivory", "jacket", "jaguar", "jasmine",
        "jelly", "jigsaw", "juniper", "kayak", "kettle", "kiwi", "koala", "ladder", "lagoon",
        "lantern", "lemon", "lentil", "lilac", "linen", "lobster", "locket", "lotus", "magnet",
        "mango", "maple", "marble", "meadow", "melon", "meteor", "mitten", "mosaic", "muffin",
        "mustard", "napkin", "nectar", "needle", "nickel", "noodle", "nutmeg", "oasis", "oatmeal",
        "ocean", "olive", "onion", "orbit", "orchid", "otter", "oyster", "paddle", "pancake",
        "paprika", "parcel", "pebble", "pelican", "pencil", "pepper", "piano", "pickle", "pillow",
        "pine", "pirate", "planet", "plum", "pocket", "pony", "poppy", "potato", "prairie",
        "pretzel", "pumpkin", "puzzle", "quartz", "quill", "rabbit", "radish", "raft", "raven",
        "ribbon", "river", "robin", "rocket", "saddle", "saffron", "salmon", "sapphire", "satchel",
        "scarf", "seagull", "sesame", "shadow", "shovel", "silver", "skate", "sleigh", "sparrow",
        "spinach", "sponge", "spruce", "squash", "stable", "summit", "sunset", "swan", "tablet",
        "tangerine", "teapot", "thimble", "thunder", "tiger", "timber", "tomato", "topaz",
        "tractor", "trumpet", "tulip", "tundra", "turnip", "umbrella", "valley", "velvet", "violin",
        "volcano", "waffle", "walnut", "wagon", "whistle", "willow", "window", "wizard", "yacht",
        "yarrow", "zebra", "zephyr", "zinnia", "hatchet", "kitten",
    };
    return words;
}

std::optional<std::uint8_t> pairWordIndex(const std::string& word) {
    const auto& words = pairWords();
    for (std::size_t i = 0; i < words.size(); ++i)
        if (word == words[i]) return static_cast<std::uint8_t>(i);
    return std::nullopt;
}

}  // namespace rehearse::net
