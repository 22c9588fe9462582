#include "core/text/synonyms.hpp"

#include "core/text/tokenizer.hpp"

#include <initializer_list>
#include <string_view>

namespace rehearse {

namespace {

struct Group {
    std::string_view name;
    std::initializer_list<std::string_view> words;
};

// Each group: a name (never a real word, hence the ~) and its words.
const Group kGroups[] = {
    {"~size", {"size", "big", "bigger", "large", "larger", "huge", "count", "number", "amount"}},
    {"~load", {"traffic", "throughput", "qps", "rps"}},
    {"~day", {"day", "days", "daily"}},
    {"~speed", {"fast", "faster", "quick", "quickly", "quicker", "speed", "rapid", "rapidly", "slow", "soon"}},
    {"~latency", {"latency", "latencies", "millisecond", "milliseconds", "ms", "p99", "p95", "p50", "sla", "slo"}},
    {"~respond", {"respond", "response", "reply", "answer"}},
    {"~current", {"current", "currently", "existing", "exist", "today", "baseline", "production", "prod",
                  "incumbent", "deployed", "now", "moment"}},
    {"~label", {"label", "labelled", "labeled", "labelling", "labeling", "annotation", "annotate",
                "annotated", "annotator", "judgment", "judgement", "rater", "grader"}},
    {"~goal", {"goal", "objective", "kpi", "metric", "success", "optimize", "optimise", "optimizing",
               "optimising", "maximize", "maximise"}},
    {"~privacy", {"privacy", "private", "gdpr", "ccpa", "consent", "pii", "personal", "confidential"}},
    {"~rule", {"rule", "policy", "policies", "restriction", "restricted", "constraint", "regulation",
               "regulatory", "compliance", "legal", "allowed", "permitted", "forbidden", "banned"}},
    {"~hardware", {"hardware", "infrastructure", "infra", "compute", "gpu", "gpus", "cpu", "cpus", "tpu",
                   "tpus", "accelerator", "accelerators", "cluster", "machines"}},
    {"~mistake", {"mistake", "error", "wrong"}},
    {"~worse", {"worse", "worst", "bad", "hurt", "hurts", "harm", "harmful", "damage", "damaging", "costly"}},
    {"~user", {"user", "people", "person", "customer", "visitor", "member", "viewer", "account", "buyer"}},
    {"~image", {"image", "photo", "picture", "pic", "snapshot"}},
    {"~price", {"price", "priced", "pricing", "pay", "paid", "charge", "charged", "fee", "bill", "billed",
                "billing"}},
    {"~delay", {"delay", "delayed", "lag", "late", "wait"}},
    {"~catalog", {"catalog", "catalogue", "inventory", "corpus", "library", "collection"}},
    {"~fraction", {"fraction", "percent", "percentage", "proportion", "ratio", "portion"}},
    {"~signal", {"signal", "interaction", "engagement", "event"}},
    {"~record", {"log", "logged", "logging", "record", "recorded", "track", "tracked", "tracking",
                 "capture", "captured"}},
    {"~store", {"store", "keep", "retain", "retention", "save", "persist"}},
    {"~minor", {"minor", "child", "children", "kid", "teen", "teenager", "underage"}},
    {"~new", {"new", "fresh", "newly", "recent"}},
    {"~history", {"history", "past", "previous", "prior", "historical"}},
    {"~language", {"language", "multilingual", "locale"}},
    {"~exact", {"exact", "exactly", "identical"}},
    {"~similar", {"similar", "lookalike", "alike", "resemble"}},
    {"~click", {"click", "tap"}},
};

}  // namespace

SynonymTable::SynonymTable(Stemmer& stemmer) {
    for (const Group& group : kGroups)
        for (std::string_view word : group.words)
            for (const Token& token : tokenize(word)) m_groupOf.emplace(stemmer.stem(token.word), group.name);
}

const std::string& SynonymTable::canonical(const std::string& stem) const {
    const auto found = m_groupOf.find(stem);
    return found == m_groupOf.end() ? stem : found->second;
}

}  // namespace rehearse
