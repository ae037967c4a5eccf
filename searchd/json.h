// Core structs -> JSON text: the only place that knows the API's wire
// format (documented in the README).  Written with JsonWriter, straight
// into the response body.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "http_types.h"
#include "search/searcher.h"

namespace minutes::searchd {

std::string search_json(const search::SearchResponse& r);
std::string item_detail_json(const search::ItemDetail& d);
/// {"facets": {name: [{"value", "count"}…]}}
std::string facets_json(const std::map<std::string, std::vector<search::FacetCount>>& facets);
std::string suggestions_json(const std::vector<search::Suggestion>& suggestions);
std::string councillor_json(const search::CouncillorProfile& p);
std::string health_json(std::size_t documents);
std::string error_json(int status, const std::string& message);

/// An answer with a JSON body.
Response json_response(int status, std::string body);
/// An error answer: `status`, with {"error": {"status", "message"}}.
Response error_response(int status, const std::string& message);

}  // namespace minutes::searchd
