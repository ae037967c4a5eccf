// The language of the minutes themselves: generic sentences, lead-ins,
// resolutions, procedural items, planning applications and motions.
#include "vocabulary_data.h"

namespace mcg::data {

const char* const kGenericSentences = R"(
It was [reported|advised|explained|confirmed|noted] that the {adj} {noun} for {tn} had been {vpp} {when}.
{Officer} [confirmed|explained|advised] that {tn} would be {vpp} [as part of|alongside|within] the {adj} {noun}.
Members [raised concerns about|sought assurance on|asked about|questioned] {tn} and whether the {noun} could be {vpp} {when}.
It was acknowledged that {tn} remained a {adj} [risk|challenge|priority] for {council}.
In response to a question, {officer} explained that the {adj} {noun} had been {vpp} due to {reason}.
The [table|chart|graph|dashboard] on page {page} [showed|indicated] [an increase|a decrease|a slight improvement|a deterioration] in {tn} compared to the {qprev} report.
A [piece of work|review|deep dive|task and finish exercise] on {tn} [was underway|had been commissioned|would be completed by {monthyear}].
Members welcomed the {adj} {noun} and thanked officers for their work on {tn}.
It was suggested that more narrative could be included on {tn}, as this was a {adj} area.
The [figure|rate|proportion] of {pct} was [in line with|slightly above|below|well above] [the national average|statistical neighbours|other local authorities|the English average|the regional average].
{Cllr} asked whether {tn} could be {vpp} {adv} in {place}; it was [explained|confirmed] that a written response would be sent to {samecllr} directly.
[Work was ongoing with|Officers were working closely with|Discussions were continuing with] [partners|providers|the {A:ICB}|district and borough councils|town and parish councils|the voluntary and community sector] to [improve|address|better understand] {tn}.
The {noun} had been {vpp} [and|but] [the impact would be monitored|further work was needed|this had not yet been reflected in the figures|members would be kept informed].
It was noted that {tn} [had been|would be] {vpp} following {adj} feedback from [residents|members|schools|service users|partners|providers].
[Members were reminded|It was noted] that {body} had [previously|recently] considered a report on {tn} in {pastmonthyear}.
{Cllr} [highlighted|raised] the {adj} impact of {tn} on residents in {place}.
There had been a [significant|modest|steady|sharp] [increase|reduction|rise|fall] in {tn} [since|compared to] {qprev}.
The {adj} {noun} was expected to be {vpp} by {monthyear}, subject to [funding|Cabinet approval|the outcome of consultation|Government guidance].
[Further information|A briefing note|A written update] on the {adj} {noun} would be [provided|circulated|shared] [to members|with the Committee] [after the meeting|before the next meeting|in due course].
[It was hoped|It was anticipated|It was expected] that the {adj} {noun} would [help to improve|help to reduce|address] {tn} [in later years|over the medium term|in the coming months].
The [Chairman|Committee] [thanked|commended] [officers|the service|staff|the team] for the {adj} [progress|work|improvement] [made on|in relation to] {tn}.
The {noun} for {tn} was [rated|currently rated] [red|amber|green] and [was being kept under review|an improvement plan was in place|was expected to improve by {monthyear}].
[Members|The Committee|{Cllr}] [asked|queried] how {tn} compared with [neighbouring authorities|previous years|the national picture|the target]; {officer} [explained|advised] that [comparative data|benchmarking data|the latest national data] would be [circulated|provided] [after the meeting|in the next report].
{Officer} [reported|noted|stated] that the {adj} {noun} had been {adv} {vpp} and that [further|additional] [savings|improvements|efficiencies] [were|would be] [expected|sought] in {fynext}.
The [number|proportion] of [cases|referrals|complaints|contacts|applications] had [increased|reduced] by {pct} over [the year|the quarter|the last twelve months].
Concern was expressed about the {adj} {noun} and the [risk|possibility|likelihood] that {tn} would [not be delivered|be delayed|cost more than planned].
[Members were reassured|The Committee was reassured] that {tn} [had been|was being] {vpp} and that [residents|service users|families|schools] [had been|were being] kept informed.
{Cllr} asked about the {adj} {noun} in {place}; {officer} [agreed to|undertook to] look into this and [respond|report back] to {samecllr} directly.
It was clarified that the figures in paragraph {para} [related to|excluded|included] {tn} and would be [corrected|clarified|updated] in future reports.
The {noun} was [due to|expected to] be {vpp} [at the end of|by the end of|in] {monthyear}, and {council} was [working|engaging] with [partners|residents|providers|the {A:VCS}] on the detail.
The impact of {reason} on {tn} [had been|was being] [closely monitored|kept under review|reflected in the forecast].
Members [noted|were informed] that a [consultation|public engagement exercise|survey] on {tn} [had closed|would open|was underway], with {nbig} responses [received|so far].
There was a {adj} risk that {tn} would [not be achieved|slip into {fynext}|require additional funding], and mitigations had been [identified|put in place].
[It was felt|Members felt] that the quality of the data on {tn} was more informative, but that the [tolerance on some of the graphs|presentation of some of the tables|use of acronyms] could be [improved|changed|reviewed].
)";

const char* const kGenericResPoints = R"(
Notes the report and thanks officers for their attendance.
Requests that an update be brought to the Committee in {monthyear}.
Asks the Cabinet Member to consider the comments made by the Committee when taking the decision.
Agrees to add {tn} to its work programme.
Welcomes the format and information contained in the report and agrees it is a useful tool to carry out scrutiny of the Council’s performance.
Requests that future reports include benchmarking data on {tn}.
Thanks those working to address the pressures on {tn}.
Recommends that {tn} is considered by the relevant task and finish group.
)";

const char* const kGenericResClauses = R"(
the report be noted
the comments of the Committee be forwarded to {cm}
an update on {tn} be brought to the Committee in {monthyear}
the Committee’s thanks to officers be recorded
{tn} be added to the Committee’s work programme
the recommendations set out in the report be approved
)";

const char* const kGenericRequests = R"(
a breakdown of {tn} by district
data on {tn} for the last three years
a copy of the Cabinet ({dateshort}) report entitled “{othertitle}”
the financial impact of {tn}, as mentioned in paragraph {para} of the report
benchmarking data comparing {tn} with statistical neighbours
the timeline for the review of {tn}
the full list of schemes relating to {tn} in {place}
)";

const char* const kGenericActions = R"(
provide a written response on {tn}
circulate further information on {tn} to all members
arrange an all-member briefing on {tn}
look into {tn} in {place} and report back
share the action plan for {tn} with the Committee
)";

const char* const kCmIntroVerbs = R"(
introduced the item reporting that
introduced the item and highlighted that
introduced the report and explained that
presented the report and advised that
introduced the item for {portfolio} and highlighted that
gave an overview of the report, noting that
)";

const char* const kQaLeads = R"(
Members of the Committee asked questions and a summary of those questions and answers follows:
Members asked questions and a summary of those questions and answers follows:
The Committee asked questions and the following points were made:
In the discussion that followed, members raised the following points:
)";

const char* const kCommentLeads = R"(
The Committee made comments including those that follow:
Members made comments including those that follow:
During the debate the following points were raised:
In discussion, members made the following comments:
)";

const char* const kMainIssueLeads = R"(
The main issues discussed at the meeting were:
The main points raised during the discussion were:
Members raised the following issues:
)";

const char* const kExaminedLeads = R"(
{Body} examined the report by {officer}, which set out {about}.
{Body} considered a report by {officer} on {about}.
{Body} scrutinised the report, which set out {about}, and received a presentation from {officer}.
{Body} received a report from {officer} setting out {about}.
{Body} examined the {title} report, which set out {about}.
)";

const char* const kOfficerIntros = R"(
{Officer} introduced the report, explaining that {cmpoint}.
{Officer} presented the report and highlighted that {cmpoint}.
{Officer} introduced the item and advised that {cmpoint}.
{Officer} gave a presentation on the report and noted that {cmpoint}.
)";

const char* const kHeaderAsks = R"(
{Body} are asked to examine {about} and make any comments or recommendations to {cm}.
{Body} is asked to note the report and to identify any issues for further scrutiny.
{Body} is asked to consider and comment on {about}.
{Body} is asked to approve the recommendations set out in section {n} of the report.
{Body} are asked to examine {about}, which sets out the Council’s corporate performance, finance, savings delivery and business performance for the services within the remit of this Committee.
)";

// ----------------------------------------------------------- procedural --
const char* const kDeclarationTitles = R"(
Declarations of Interest
Declarations of Interests
Disclosure of Interests
Declarations of Members’ Interests
Declarations of Interest by Members
)";

const char* const kDeclarationLeads = R"(
In accordance with the Code of Conduct, the following personal interests were declared:
The following declarations of interest were made:
Members declared the following interests in accordance with the Code of Conduct:
)";

const char* const kDeclarationReasons = R"(
{cllr} declared a personal interest in {itemref} as a member of {place} Town Council.
{cllr} declared a personal interest in {itemref} as a governor of {school}.
{cllr} declared a personal interest in {itemref} as a trustee of the {place} Community Trust.
{cllr} declared a personal interest in {itemref} as a family member was in receipt of services.
{cllr} declared a prejudicial interest in {itemref} as the owner of land adjoining the site and left the room during consideration of that item.
{cllr} declared a personal interest in {itemref} as a member of the Local Government Pension Scheme.
{cllr} declared a personal interest in {itemref} as a member of {place} Parish Council, which had commented on the proposals.
{cllr} declared a personal interest in {itemref} as a foster carer.
{cllr} declared a personal interest in {itemref} as a district councillor for {place}.
{cllr} declared a personal interest in {itemref} as a volunteer with the {place} Food Bank.
{cllr} declared a personal interest in {itemref} as an employee of a local NHS trust.
{cllr} declared a personal interest in {itemref} as a director of {place} Community Interest Company.
)";

const char* const kDeclarationClosings = R"(
No other interests were declared.
There were no other declarations of interest.
The Monitoring Officer confirmed that these interests did not prevent the members concerned from taking part in the debate.
)";

const char* const kMinutesTitles = R"(
Minutes of the last meeting of the Committee
Minutes of the Previous Meeting
Minutes
Minutes of the meeting held on {prevmeeting}
Minutes and Matters Arising
)";

const char* const kMinutesResolutions = R"(
Resolved – That the minutes of the meeting held on {prevmeeting} be approved as a correct record and that they be signed by the {chairword}.
RESOLVED that the minutes of the meeting of the Committee held on {prevmeeting} be agreed as a correct record.
Resolved – That the minutes of the meeting held on {prevmeeting} be approved as a correct record, subject to the amendment set out above.
)";

const char* const kMattersArising = R"(
Minute {prevminute} ({topic}) – {Officer} confirmed that the information requested had been circulated to members.
Minute {prevminute} – it was noted that the briefing on {tn} had been arranged for {monthyear}.
Minute {prevminute} – the {chairword} reported that a response from {cm} was still awaited.
Minute {prevminute} – {cllr} asked that the minute be amended to reflect that the Committee had also requested data on {tn}; this was agreed.
Minute {prevminute} ({topic}) – members were advised that the figures quoted had since been corrected.
)";

const char* const kQuestionsTitles = R"(
Public Questions
Questions from the Public
Public Participation
Questions from Members of the Public
)";

const char* const kQuestionsLeads = R"(
{Body} received {numword} questions from members of the public. The questions and the responses given are summarised below:
The following questions were received from members of the public in accordance with the Council’s procedure rules:
)";

const char* const kPublicQuestions = R"(
{resident} asked why {tn} in {place} had not been addressed despite repeated reports.
{resident} asked when the Council would publish its plans for {tn}.
{resident} asked what assessment had been made of the impact of {tn} on residents of {place}.
{resident}, on behalf of the {place} Residents’ Association, asked about the timetable for {tn}.
{resident} asked how much had been spent on {tn} in {fyprev}.
)";

const char* const kAnswers = R"(
{CM} replied that {cmpoint}.
In response, {officer} explained that {tn} would be {vpp} {when} and that a full written answer would be sent.
{CM} thanked the questioner and confirmed that the matter would be looked into.
The {chairword} advised that a written response would be provided within ten working days.
{CM} responded that {cmpoint}, and offered to meet the questioner to discuss the matter further.
)";

const char* const kWorkProgTitles = R"(
Work Programme
Forward Plan of Key Decisions
Work Programme Planning and Possible Items for Future Scrutiny
Committee Work Programme {fy}
)";

const char* const kWorkProgLeads = R"(
{Body} considered its work programme, taking into account the Forward Plan of Key Decisions and the outcome of the recent business planning group.
{Body} considered the Forward Plan of Key Decisions and its work programme for the remainder of the year.
{Body} reviewed its work programme and the Forward Plan of Key Decisions published on {datepast}.
)";

const char* const kWorkProgItems = R"(
{topic} – to be considered at the {monthyear} meeting.
{topic} – {cllr} suggested that this be added to the work programme.
{topic} – a task and finish group would be established to review this in more detail.
{topic} – an informal briefing for members would be arranged.
{topic} – the item would be deferred until the outcome of the consultation was known.
)";

const char* const kWorkProgRes = R"(
Resolved – That the work programme be agreed, subject to the changes set out above.
Resolved – That the Committee notes the Forward Plan and agrees its work programme.
RESOLVED that the work programme be noted.
)";

const char* const kMemberQuestionsTitles = R"(
Questions from Members
Members’ Questions
Questions to Cabinet Members
Question Time
)";

// ------------------------------------------------------------- planning --
const char* const kPlanDevs = R"(
erection of {n} dwellings with associated access, parking and landscaping
outline application for up to {nbig} dwellings, a primary school and local centre, with all matters reserved except access
change of use of agricultural land to a touring caravan and camping site
installation of a {n}MW ground-mounted solar farm with associated infrastructure
extension to {school} to provide {numword} additional classrooms
construction of a waste transfer station and associated buildings
variation of condition {n} of planning permission {ref} to extend operating hours
demolition of existing buildings and erection of a {n}-bed care home
construction of a new link road between the {road} and the {road}
extraction of sand and gravel and restoration to agriculture and nature conservation
retention of a temporary classroom building for a further five years
change of use from offices to {n} residential flats
construction of a battery energy storage system with associated access
)";

const char* const kPlanSites = R"(
Land at {place} Farm, {street}
Land north of {street}, {place}
Former {place} Depot, {street}
{school}, {street}, {place}
Land east of {place} Lane, {place}
{place} Quarry, {place}
The Old Rectory, {street}, {place}
)";

const char* const kPlanPoints = R"(
Highway safety ~ Members raised concerns about the capacity of the {road} to accommodate the additional traffic; the highway authority had raised no objection subject to conditions.
Drainage and flood risk ~ The Lead Local Flood Authority was satisfied that the proposed drainage strategy would not increase flood risk elsewhere.
Ecology and biodiversity net gain ~ The scheme would deliver a {pctsmall} biodiversity net gain on top of the statutory 10%, secured through a Section 106 Agreement.
Affordable housing ~ {Pct} of the dwellings would be affordable, in line with the development plan policy.
Section 106 contributions ~ It was confirmed that S106 contributions of {money} would be secured towards education and {moneysmall} towards highways.
Residential amenity ~ Concerns were raised about the impact on the amenity of neighbouring properties on {street}.
Housing land supply ~ The Planning Officer explained that the site lay outside the built-up area boundary but that the Council could not demonstrate a five year housing land supply.
Hours of operation ~ A condition would restrict the hours of operation to 07:30 to 18:00 Monday to Friday and 08:00 to 13:00 on Saturdays.
Heritage ~ The Conservation Officer considered that the harm to the setting of the listed building would be less than substantial.
Landscaping ~ Members asked whether additional tree planting could be secured along the boundary; this would be dealt with through the landscaping condition.
Speed limit ~ The applicant had agreed to fund a Traffic Regulation Order to reduce the speed limit on the {road}.
Principle of development ~ It was noted that the site had been allocated in the Local Plan and that the principle of development was therefore established.
Construction traffic ~ The construction management plan would limit HGV movements to outside school drop-off and pick-up times.
Parking ~ The parking provision of {n} spaces met the county parking standards, although members felt that on-street parking in {street} would increase.
Design and layout ~ Members felt that the design of the three-storey blocks was out of keeping with the character of {place}.
Noise ~ The Environmental Health Officer had recommended a condition limiting noise levels at the nearest residential property.
Trees ~ {N} trees would be removed, with replacement planting at a ratio of two to one.
Sustainability ~ All dwellings would have air source heat pumps and electric vehicle charging points.
Access ~ The new access onto {street} would have visibility splays of 2.4 metres by {n} metres.
Open space ~ The scheme included {num1dp} hectares of public open space and a locally equipped area for play.
)";

const char* const kPlanSpeakers = R"(
{resident} spoke in objection to the application on behalf of local residents, raising concerns about traffic, drainage and the loss of open countryside.
{resident}, the agent for the applicant, spoke in support of the application.
{cllr}, the local member, spoke in objection to the application.
{cllr}, the local member, spoke in support of the application, subject to the concerns of residents about construction traffic being addressed.
{resident} spoke on behalf of {place} Parish Council in objection to the application.
{resident} spoke in support of the application on behalf of the applicant.
)";

const char* const kPlanDecisions = R"(
planning permission be granted subject to the conditions and informatives set out in Appendix 1 of the report
planning permission be granted subject to the conditions set out in the report and the completion of a Section 106 Agreement
the application be deferred to allow a site visit to take place
planning permission be granted subject to the conditions set out in the report and an additional condition requiring a construction management plan
)";

const char* const kPlanRefusals = R"(
The proposed development would result in an unacceptable impact on highway safety on the {road}, contrary to policy T{n} of the Local Plan.
The proposal, by virtue of its scale and design, would be harmful to the character and appearance of the area.
The applicant has failed to demonstrate that the development would not increase flood risk elsewhere.
The proposal would cause unacceptable harm to the amenity of neighbouring residents by reason of noise and disturbance.
In the absence of a completed Section 106 Agreement, the proposal fails to secure the necessary affordable housing and infrastructure contributions.
)";

// -------------------------------------------------------------- motions --
const char* const kMotionSubjects = R"(
Climate Emergency ~ 5
Cost of Living ~ 7
Pothole Repairs ~ 4
Free School Meals ~ 2
Water Quality in Rivers and Coastal Waters ~ 5
Local Bus Services ~ 4
Support for Armed Forces Veterans ~ 8
Fair Funding for Local Government ~ 0
Special Educational Needs Funding ~ 2
Twenty’s Plenty – 20mph Speed Limits ~ 4
Community Pharmacies ~ 9
Recycling and Fly-tipping ~ 10
Rural Broadband ~ 7
Children’s Centres ~ 1
Social Care Funding ~ 3
)";

const char* const kMotionNotes = R"(
This Council notes that {tn} remains a major concern for residents across {councilname}.
This Council recognises the hard work of staff and volunteers in supporting {tn}.
This Council is concerned that the funding available for {tn} has not kept pace with demand.
This Council notes that {council} spent {money} on {tn} in {fyprev}.
)";

const char* const kMotionResolves = R"(
This Council therefore resolves to ask {cm} to write to the Secretary of State calling for additional funding for {tn}.
This Council therefore resolves to request that the relevant scrutiny committee reviews {tn} and reports back within six months.
This Council resolves to reaffirm its commitment to {tn} and to report progress annually.
)";

const char* const kMotionOutcomes = R"(
The motion was put to the vote and was carried.
The motion was put to the vote and was lost.
Following debate, the motion as amended was carried with {votes} votes in favour, {vote} against and {vote} abstentions.
An amendment moved by {cllr} and seconded by {cllr} was lost, and the substantive motion was then carried.
)";

}  // namespace mcg::data
