// Core structs -> JSON: the only place that knows the API's wire format
// (documented in docs/api.md).
#pragma once

#include <nlohmann/json.hpp>

#include "search/searcher.h"

namespace minutes::searchd {

nlohmann::json to_json(const search::SearchResponse& r);
nlohmann::json to_json(const search::ItemDetail& d);
nlohmann::json to_json(const std::map<std::string, std::vector<search::FacetCount>>& facets);
nlohmann::json to_json(const std::vector<search::Suggestion>& suggestions);
nlohmann::json to_json(const search::CouncillorProfile& p);
nlohmann::json error_json(int status, const std::string& message);

}  // namespace minutes::searchd
