#include "core/text/sentences.hpp"
#include "core/text/stemmer.hpp"
#include "core/text/stop_words.hpp"
#include "core/text/tokenizer.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using Words = std::vector<std::string>;

TEST_CASE("tokenize lower-cases and splits on anything that is not a letter or digit", "[text]") {
    CHECK(tokenWords("Precision-Recall curves, 10K QPS!") == Words{"precision", "recall", "curves", "10k", "qps"});
    CHECK(tokenWords("") == Words{});
    CHECK(tokenWords("  ...  ") == Words{});
    CHECK(tokenWords("pr_auc/roc") == Words{"pr", "auc", "roc"});
}

TEST_CASE("tokenize keeps byte offsets into the source", "[text]") {
    const std::string text = "  Hello, world";
    const auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 2);
    CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Hello");
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "world");
}

TEST_CASE("tokenize is UTF-8 safe", "[text]") {
    // Accented letters stay inside words and Latin-1 capitals are lowered.
    CHECK(tokenWords("Café CRÈME") == Words{"café", "crème"});
    // Typographic punctuation separates like ASCII punctuation does.
    CHECK(tokenWords("real\xE2\x80\x94time \xE2\x80\x9C" "spam\xE2\x80\x9D\xC2\xA0" "filter") ==
          Words{"real", "time", "spam", "filter"});
    // A curly apostrophe inside a word is kept, as a straight one.
    CHECK(tokenWords("user\xE2\x80\x99s") == Words{"user's"});
    // Malformed bytes never stall or crash; they separate words.
    CHECK(tokenWords(std::string("ab\xFF" "cd\xC3")) == Words{"ab", "cd"});
    CHECK(tokenWords(std::string("x\xE2\x80")) == Words{"x"});
}

TEST_CASE("apostrophes join a word only between letters", "[text]") {
    CHECK(tokenWords("what's the users' view") == Words{"what's", "the", "users", "view"});
    CHECK(tokenWords("'quoted'") == Words{"quoted"});
}

TEST_CASE("Snowball English stemming folds inflections", "[text]") {
    Stemmer stemmer;
    CHECK(stemmer.stem("curves") == stemmer.stem("curve"));
    CHECK(stemmer.stem("labelled") == stemmer.stem("labels"));
    CHECK(stemmer.stem("user's") == "user");
    CHECK(stemmer.stem("running") == "run");
    Stemmer moved = std::move(stemmer);
    CHECK(moved.stem("emails") == "email");
}

TEST_CASE("words Snowball would merge with unrelated ones keep a stem of their own", "[text]") {
    Stemmer stemmer;
    // "Is there a search engine?" is no question about engineers.
    CHECK(stemmer.stem("engineers") != stemmer.stem("engine"));
    CHECK(stemmer.stem("engineering") == stemmer.stem("engineered"));
    CHECK(stemmer.stem("engines") == stemmer.stem("engine"));
    CHECK(stemmer.stem("several") != stemmer.stem("severity"));
    CHECK(stemmer.stem("production") != stemmer.stem("product"));
    // "What's the conversion rate?" is not about conversations, nor "which
    // markets?" about marketing email, nor "how many ratings?" about a rate.
    CHECK(stemmer.stem("conversions") != stemmer.stem("conversations"));
    CHECK(stemmer.stem("marketing") != stemmer.stem("markets"));
    CHECK(stemmer.stem("ratings") != stemmer.stem("rates"));
    CHECK(stemmer.stem("rated") == stemmer.stem("rating"));
    CHECK(stemmer.stem("listings") != stemmer.stem("lists"));
    CHECK(stemmer.stem("listed") == stemmer.stem("listing"));
    CHECK(stemmer.stem("integrity") != stemmer.stem("integration"));
    CHECK(stemmer.stem("customers") != stemmer.stem("custom"));
    CHECK(stemmer.stem("objectives") != stemmer.stem("objects"));
    CHECK(stemmer.stem("probably") != stemmer.stem("probability"));
    CHECK(stemmer.stem("teaming") != stemmer.stem("team"));  // "red-teaming" is two words
}

TEST_CASE("stop words", "[text]") {
    CHECK(isStopWord("the"));
    CHECK(isStopWord("what's"));
    CHECK(isStopWord("how"));
    CHECK_FALSE(isStopWord("spam"));
    CHECK_FALSE(isStopWord("latency"));
}

TEST_CASE("sentences end at line breaks and sentence punctuation", "[text]") {
    const std::string text = "Use PR-AUC, e.g. at 0.5 recall. Not accuracy!\n- label delay\n\n  * second bullet";
    std::vector<std::string> sentences;
    for (const TextSpan& span : splitSentences(text))
        sentences.push_back(cleanSentence(std::string_view(text).substr(span.begin, span.end - span.begin)));
    CHECK(sentences == Words{"Use PR-AUC, e.g. at 0.5 recall.", "Not accuracy!", "label delay", "second bullet"});
}

TEST_CASE("cleanSentence strips list and heading marks", "[text]") {
    CHECK(cleanSentence("  ## Data  ") == "Data");
    CHECK(cleanSentence("1. first   point") == "first point");
    CHECK(cleanSentence("\xE2\x80\xA2 bullet") == "bullet");
    CHECK(cleanSentence("-1 is a number") == "-1 is a number");
}

TEST_CASE("hard-wrapped prose stays one sentence, but short note lines do not", "[text]") {
    const auto sentences = [](const std::string& text) {
        std::vector<std::string> out;
        for (const TextSpan& span : splitSentences(text))
            out.push_back(cleanSentence(std::string_view(text).substr(span.begin, span.end - span.begin)));
        return out;
    };
    CHECK(sentences("I'd train on a public dataset like Enron or the SpamAssassin corpus, and add\n"
                    "our own emails labelled by hand.\nNext") ==
          Words{"I'd train on a public dataset like Enron or the SpamAssassin corpus, and add our own emails "
                "labelled by hand.",
                "Next"});
    CHECK(sentences("user reports\nlabel delay") == Words{"user reports", "label delay"});
    CHECK(sentences("- Scale: roughly 10 billion inbound messages per day, so\n  around 300k at peak.\n"
                    "- second item") ==
          Words{"Scale: roughly 10 billion inbound messages per day, so around 300k at peak.", "second item"});
    CHECK(sentences("A long line that ends with a full stop right here.\nlower case start") ==
          Words{"A long line that ends with a full stop right here.", "lower case start"});
}
