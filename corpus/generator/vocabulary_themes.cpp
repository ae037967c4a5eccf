// Service themes: portfolios, officers, report titles, bullet topics,
// sentences, resolutions and acronyms for each area of council business.
#include "vocabulary_data.h"

namespace mcg::data {

const char* const kAcronyms = R"(
EHCP = Education, Health and Care Plan
SEND = Special Educational Needs and Disabilities
MTFS = Medium Term Financial Strategy
DSG = Dedicated Schools Grant
PRR = Performance and Resources Report
CIL = Community Infrastructure Levy
DFG = Disabled Facilities Grant
DOLS = Deprivation of Liberty Safeguarding
LGPS = Local Government Pension Scheme
CQC = Care Quality Commission
ICB = Integrated Care Board
LEP = Local Enterprise Partnership
UKSPF = UK Shared Prosperity Fund
BSIP = Bus Service Improvement Plan
LTP = Local Transport Plan
EV = electric vehicle
HWRC = Household Waste Recycling Centre
MRF = Materials Recovery Facility
BNG = Biodiversity Net Gain
NPPF = National Planning Policy Framework
LSCP = Local Safeguarding Children Partnership
UASC = Unaccompanied Asylum Seeking Children
NEET = Not in Education, Employment or Training
KPI = Key Performance Indicator
FRS = Fire and Rescue Service
HMICFRS = His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services
CSP = Community Safety Partnership
ASB = anti-social behaviour
JSNA = Joint Strategic Needs Assessment
PWLB = Public Works Loan Board
CIPFA = Chartered Institute of Public Finance and Accountancy
UK GDPR = UK General Data Protection Regulation
FOI = Freedom of Information
ICT = Information and Communications Technology
SENCO = Special Educational Needs Coordinator
EHE = Elective Home Education
SEMH = Social, Emotional and Mental Health
MASH = Multi-Agency Safeguarding Hub
HRA = Housing Revenue Account
DfE = Department for Education
DfT = Department for Transport
LUF = Levelling Up Fund
HMO = House in Multiple Occupation | Houses in Multiple Occupation
PSPO = Public Spaces Protection Order
VCS = Voluntary and Community Sector
LNRS = Local Nature Recovery Strategy
EPR = Extended Producer Responsibility
AQMA = Air Quality Management Area
SLA = Service Level Agreement
AGS = Annual Governance Statement
CTRS = Council Tax Reduction Scheme
BCF = Better Care Fund
HAF = Holiday Activities and Food
PFI = Private Finance Initiative
RIPA = Regulation of Investigatory Powers Act
SHMA = Strategic Housing Market Assessment
CAMHS = Child and Adolescent Mental Health Services
LAC = Looked After Children
NHS = National Health Service
HGV = heavy goods vehicle
)";

// The order matches enum mcg::Theme.
const ThemeSource kThemes[] = {
// ------------------------------------------------------------- finance --
{"finance", true, 0,
R"(
Finance and Resources
Finance and Property
Finance
Resources
Finance and Support Services
Finance and Assets
)",
R"(
the Director of Finance and Support Services
the Executive Director of Resources
the Director of Finance (Section 151 Officer)
the Assistant Director – Finance
the Head of Financial Planning
the Chief Finance Officer
the Head of Strategic Finance
the Assistant Director – Property and Assets
)",
R"(
Performance and Resources Report - Quarter {qn} ~ the finance and performance position as at the {qend}
Integrated Performance Report – Quarter {qn} ~ the Council’s performance and financial position for {q}
Budget {fynext} and Medium Term Financial Strategy ~ the proposed revenue budget for {fynext} and the updated Medium Term Financial Strategy
Capital Programme {fy} – Quarter {qn} Monitoring ~ progress on the capital programme and forecast slippage for {fy}
Treasury Management Mid-Year Review {fy} ~ treasury management activity and prudential indicators for the first half of {fy}
Revenue Budget Monitoring – {q} ~ the forecast revenue outturn for {fy}
Statement of Accounts {fyprev} ~ the draft Statement of Accounts for {fyprev}
Council Tax Base {fynext} ~ the calculation of the council tax base for {fynext}
Fees and Charges {fynext} ~ proposed fees and charges for {fynext}
Disposal of Surplus Land at {isite} ~ the proposed disposal of surplus land at {isite}
Capital Strategy {period} ~ the Capital Strategy {period} and the associated capital investment programme
Revenue and Capital Outturn {fyprev} ~ the revenue and capital outturn position for {fyprev}
Savings Programme Update ~ progress on the delivery of the savings programme for {fy}
Total Performance Monitor – {qmonths} ~ the performance, finance and risk position for {qmonths}
)",
R"(
Overspend
Savings delivery
Reserves
Capital slippage
Inflation
Pay award
Council tax
Business rates
Borrowing
Interest rates
Contingency
Fees and charges
Energy costs
Property disposals
Agency staff costs
Grant funding
Budget assumptions
Capital receipts
Funding gap
Dedicated Schools Grant deficit
Treasury management
Prudential indicators
Collection rates
Minimum Revenue Provision
Commercial income
)",
R"(
the forecast overspend
the revenue budget
the capital programme
general reserves
earmarked reserves
the savings programme
the funding gap
the contingency budget
council tax collection
business rates income
the pay award
energy costs
capital receipts
the property portfolio
borrowing costs
the budget gap for {fynext}
the {A:MTFS}
treasury management income
the {A:DSG} deficit
inflationary pressures
the corporate contingency
the capital financing budget
fees and charges income
the Minimum Revenue Provision
the commercial property portfolio
the use of one-off reserves
the council tax support scheme
the Local Government Finance Settlement
)",
R"(
The forecast overspend had [reduced|changed] from {money} at {qprev} to {money} ({pctsmall} of the net revenue budget).
Savings of [£4.2m|£6.8m|£9.3m|£11.5m] had been delivered against a target of [£12.1m|£14.6m|£16.0m], with the remainder rated amber.
The pay award for {fy} had added a further {money} of pressure which had not been fully budgeted for.
General reserves stood at {money}, which was within the range recommended by {officer}.
Capital slippage of {money} had been reprofiled into {fynext} owing to {reason}.
The Council had not needed to borrow externally during the quarter and continued to use internal cash balances.
Interest receipts were {money} higher than budgeted as a result of higher interest rates.
The council tax collection rate was {pcthigh}, slightly below the same point in {lastyear}.
Energy costs had risen by {pct} and the corporate contingency had been used to offset part of this.
The {A:MTFS} assumed a council tax increase of {pctsmall} in {fynext}, including the adult social care precept.
The remaining budget gap for {fynext} was {money}, and options to close it would be brought to Cabinet in {monthyear}.
It was confirmed that the use of reserves to balance the budget was not sustainable over the medium term.
The Section 151 Officer was satisfied that the estimates were robust and that reserves were adequate.
Capital receipts of {money} had been achieved from the disposal of surplus property, including the former depot at {place}.
The {A:DSG} deficit was forecast to reach {moneybig} by the end of {fynext} and the statutory override was due to end in {nextyear}.
Inflation had been higher than assumed when the budget was set, placing pressure on contracts linked to the Consumer Price Index.
The Council’s borrowing from the {A:PWLB} totalled {moneybig}, with no new loans taken out during the year.
The commercial property portfolio had generated a net return of {pctsmall}, slightly below the budgeted level.
A number of budget assumptions would be revisited once the provisional Local Government Finance Settlement was received in December.
The capital programme for {fy} had been reduced from [£312m|£264m|£198m] to [£171m|£154m|£139m] following a review of deliverability.
)",
R"(
the financial position had improved since {qprev}
the Council was forecasting an overspend of {money} for {fy}
savings delivery remained on track in most areas
inflation and the pay award continued to place pressure on the budget
the capital programme had been reviewed to reduce slippage
the Council remained in a sound financial position compared with many other authorities
difficult decisions would be needed to set a balanced budget for {fynext}
the forecast use of reserves had reduced by {money} since the last report
)",
R"(
Notes the forecast revenue outturn position for {fy} and the actions being taken to reduce the overspend.
Welcomes the progress on savings delivery and requests a further update at its {monthyear} meeting.
Supports the proposed reprofiling of {money} of capital budget into {fynext}.
Recommends that Cabinet keeps the level of general reserves under review.
Requests that future reports include a clearer breakdown of savings rated amber and red.
Notes the prudential indicators and treasury management activity for the period.
Approves the fees and charges for {fynext} as set out in Appendix {n} to the report.
Recommends the {fynext} revenue budget and council tax requirement to Full Council for approval.
)",
R"(
the performance and resources report for {q} be noted
the forecast overspend of {money} for {fy} be noted
the capital programme be amended to reflect the reprofiling set out in the report
the revised {A:MTFS} be recommended to Full Council for approval
the Treasury Management Strategy for {fynext} be approved
the Statement of Accounts for {fyprev} be approved, subject to the completion of the external audit
authority be delegated to {officer} to agree the final terms of the disposal
)",
R"(
a breakdown of the savings rated amber and red by directorate
the full list of capital schemes with forecast slippage of more than {moneysmall}
details of the assumptions underpinning the {A:MTFS}
the projected level of earmarked reserves at the end of {fynext}
a breakdown of agency staff costs by directorate
the list of surplus properties identified for disposal
)",
R"(
provide a breakdown of agency staff costs by directorate
circulate the list of surplus properties identified for disposal
share the latest forecast of the {A:DSG} deficit with members
provide a briefing on the council tax support scheme
include a summary of the risks to the {A:MTFS} in the next report
)",
"MTFS DSG PWLB CIPFA KPI PRR"},

// ------------------------------------------------------------ children --
{"children", true, 1,
R"(
Children and Young People
Children’s Services
Children and Families
Children, Young People and Families
Children’s Social Care
)",
R"(
the Assistant Director – Corporate Parenting
the Executive Director of Children, Young People and Learning
the Director of Children’s Services
the Assistant Director – Early Help and Social Care
the Head of Safeguarding and Quality Assurance
the Head of Fostering and Adoption
the Principal Social Worker
the Assistant Director – Children’s Commissioning
)",
R"(
Children’s Services Improvement Plan ~ progress against the Children’s Services Improvement Plan following the {lastyear} Ofsted inspection
Annual Report of the Local Safeguarding Children Partnership {fyprev} ~ the annual report of the Local Safeguarding Children Partnership for {fyprev}
Fostering Service Annual Report ~ the performance of the in-house fostering service and the recruitment of foster carers
Corporate Parenting Strategy {period} ~ the refreshed Corporate Parenting Strategy {period}
Children’s Social Care Performance – {q} ~ children’s social care performance for {q}
Sufficiency Strategy for Children in Care {period} ~ the Council’s plans to secure sufficient placements for children in care
Early Help Offer Review ~ the outcome of the review of the early help offer and the proposed new delivery model
Residential Children’s Homes Programme ~ progress on the programme to open new in-county children’s homes
Unaccompanied Asylum Seeking Children ~ the Council’s support for unaccompanied asylum seeking children and the National Transfer Scheme
Youth Justice Plan {fy} ~ the Youth Justice Plan for {fy}
Family Hubs Programme ~ the implementation of the Family Hubs and Start for Life programme
)",
R"(
Rereferrals
Contacts
Stability of children looked after placements
Staffing vacancies
Foster carer recruitment
External placements
Care leavers
Caseloads
Agency social workers
Missing children
Child exploitation
Early help
Unaccompanied asylum seeking children
Ofsted inspection
Children’s homes
Adoption
Youth justice
Kinship care
Residential placements
Child protection plans
Family hubs
Timeliness of assessments
Edge of care
Supported accommodation
Corporate parenting
)",
R"(
external placements
foster carer recruitment
the number of children looked after
care leavers in education, employment or training
social worker caseloads
agency social work staff
the Family Safeguarding model
re-referrals to Children’s Social Care
child protection plans
the in-house fostering service
in-county residential provision
the {A:MASH}
early help services
children missing from home or care
contextual safeguarding
unaccompanied asylum seeking children
the Corporate Parenting Panel
kinship carers
the edge of care service
supported accommodation for 16 and 17 year olds
the Youth Justice Service
placement stability
)",
R"(
There were still some costly external placement fees to work on and there had been an increase in interest in foster service applications.
The rate of re-referrals to Children’s Social Care within 12 months was {pct}, which was in line with other local authorities and the English average.
The County Council had two outstanding rated homes specialising in higher complexity or need, and a third was reopening shortly.
The service had seen some external placements returning to in-county provision.
Work was ongoing with providers and also looking into whether appropriate foster placements could be used.
The Covid pandemic had been a challenge in trying to achieve a full complement of permanent staff.
Some agency staff had transferred from agencies into permanent positions and internal training meant the Council was growing its own professionals.
Average social worker caseloads had reduced to [17|19|21|22|24] children, against a target of 18.
The number of children looked after had risen to {nbig}, of whom {n} were unaccompanied asylum seeking children.
The average weekly cost of an external residential placement was now {moneysmall}, compared with {moneysmall} two years ago.
{Pctmid} of care leavers were in education, employment or training, which compared well with statistical neighbours.
The Ofsted focused visit in {pastmonthyear} had found that children at risk of harm were identified and protected.
Timeliness of single assessments had improved, with {pcthigh} completed within 45 working days.
A recruitment campaign for foster carers had been launched in {pastmonthyear} and {n} enquiries had been received.
The number of children subject to a child protection plan had fallen to {nbig}, the lowest level for several years.
Sufficiency of placements for children with complex needs remained the biggest challenge facing the service.
The Family Hubs in {place} and {place} had opened and were being well used by local families.
)",
R"(
the financial position had improved from quarter one
the service continued to face pressure from the cost of external placements
progress had been made against the improvement plan
recruitment of permanent social workers remained challenging
the number of children looked after had stabilised
the fostering recruitment campaign was beginning to show results
the service had been judged good by Ofsted at its most recent inspection
)",
R"(
Welcomes the services focus and ambition around reducing re-referrals to Children’s Social Care within 12 months.
Notes the progress made against the Children’s Services Improvement Plan.
Requests an update on foster carer recruitment at a future meeting.
Supports the development of additional in-county residential provision for children with complex needs.
Thanks staff across children’s services for their continued commitment to children and families.
Asks that the Corporate Parenting Panel considers the findings on placement stability.
)",
R"(
the annual report of the Local Safeguarding Children Partnership be noted
the Corporate Parenting Strategy {period} be approved
the progress made against the Children’s Services Improvement Plan be noted
a further report on placement sufficiency be brought to the Committee in {monthyear}
the Youth Justice Plan for {fy} be recommended to Full Council for approval
)",
R"(
a breakdown of external placement costs by provider type
data on care leavers in education, employment or training by district
the number of foster carers recruited and deregistered over the last three years
the timeline for opening the new children’s homes
details of the support offered to kinship carers
)",
R"(
give members a briefing report on “growing our own” work
provide the latest figures on agency social workers
arrange a visit to one of the in-house children’s homes
circulate the foster carer recruitment campaign materials to all members
provide data on missing episodes by district
)",
"LSCP UASC LAC MASH CAMHS KPI"},

// ----------------------------------------------------------- education --
{"education", true, 1,
R"(
Learning and Skills
Education and Skills
Education
Schools and SEND
Education and Lifelong Learning
)",
R"(
the Director of Education and Skills
the Assistant Director – Education and Skills
the Head of SEND and Inclusion
the Head of School Effectiveness
the Assistant Director – Inclusion
the Head of Admissions and Transport
the Principal Educational Psychologist
the Head of Pupil Place Planning
)",
R"(
SEND and Inclusion Strategy {period} ~ the SEND and Inclusion Strategy {period} and the associated improvement plan
Home to School Transport Policy ~ proposed changes to the Home to School Transport Policy from September {nextyear}
School Places Planning {fynext} ~ the forecast demand for school places and the proposed programme of additional places
Education Attainment and Progress {lastyear} ~ provisional attainment and progress results for the {lastyear} academic year
High Needs Block Recovery Plan ~ the plan to bring High Needs Block expenditure back within the Dedicated Schools Grant
Special School Provision at {ischool} ~ the proposal to expand specialist provision at {ischool}
SEND Accelerated Progress Plan ~ progress against the SEND Accelerated Progress Plan agreed with the Department for Education
Elective Home Education Annual Report ~ the numbers of children electively home educated and the support provided
School Admission Arrangements {nextyear}/{yy2} ~ the determined admission arrangements for community and voluntary controlled schools
Adult and Community Learning Annual Report ~ the performance of the adult and community learning service
Schools Capital Programme {fy} ~ the schools capital maintenance and basic need programme for {fy}
)",
R"(
Transport of Children with an {A:EHCP}
Dedicated Schools Grant
Queen Elizabeth II Jubilee School
EHCP Secondary School pilot
Staffing Vacancies
Home to school transport
Special school places
Timeliness of EHCPs
Educational psychologists
Attendance
Exclusions
School places
Attainment gap
Elective home education
Special support centres
SENCO workload
Post-16 transport
Early years
School crossing patrols
Mainstream inclusion
Tribunals
Independent specialist placements
Pupil premium
Reading at Key Stage 2
)",
R"(
home to school transport
the High Needs Block
the {A:DSG} deficit
the number of {As:EHCP}
the timeliness of {As:EHCP}
special school places
independent non-maintained special school placements
special support centres in mainstream schools
educational psychology capacity
the parental mileage scheme
persistent absence
permanent exclusions
the attainment gap for disadvantaged pupils
school place planning
elective home education
the {A:SEND} Accelerated Progress Plan
post-16 provision
early years funding
the Safety Valve programme
SEND tribunal appeals
the schools capital programme
)",
R"(
Parents of children with {As:EHCP} are made aware of the parental mileage rate offer and encouraged to transport their children to special schools and claim the mileage.
The numbers doing so had doubled since {lastyear}.
The County Council was planning to manage the risk in part by increasing the number of places in special support centres in mainstream schools and increasing the number of places in special schools.
The retendering process had led to higher costs due to the increase in the price of building materials.
Once settled the existing secondary school provision would support pupils.
Some vacancies had not been recruited to because the Education and Skills directorate was undertaking a redesign.
There had been additional funding for educational psychologists, with {n} new posts now filled.
It was hoped that this would help to improve the delays in {As:EHCP}.
Only {pct} of new {As:EHCP} had been issued within 20 weeks, compared with a national average of {pct}.
Demand for {As:EHCP} had risen by {pct} over the year, with {nbig} plans now maintained.
The cost of home to school transport had increased to {moneybig}, driven largely by {A:SEND} transport.
The {A:DSG} High Needs Block deficit was forecast to reach {moneybig} by the end of {fy}.
Persistent absence at secondary schools was {pct}, above the pre-pandemic level but improving.
There had been {n} permanent exclusions in the autumn term, the majority in Key Stage 3.
The number of children electively home educated had risen to {nbig}, with {A:SEMH} needs frequently cited.
A further {n} special support centre places would open in September at {school} and {school}.
School {As:SENCO} qualifications and workload were highlighted as an area being worked on with schools.
High Needs Block funding needed to be addressed by Central Government.
The proportion of pupils achieving the expected standard in reading, writing and maths at Key Stage 2 was {pct}.
The project at {school} had been delayed due to the original contractor withdrawing.
)",
R"(
the quarter two period from July to September had very little time when the schools were fully functioning due to the school holidays
demand for specialist provision continued to rise
the timeliness of {As:EHCP} was improving but remained below target
the home to school transport budget remained under considerable pressure
schools had performed well in the most recent inspections
the new special school at {school} was on track to open in September
)",
R"(
Thanks those working together to help address the financial pressures and risks in the {portfolio} Portfolio, which are primarily due to the increase in {As:EHCP}.
Would like to see how the option for parents to claim mileage to provide home to school transport for their children could be further promoted.
Welcomes that the Special Support Centres are being progressed as a priority.
Requests a further report on the timeliness of {As:EHCP} at its {monthyear} meeting.
Notes the provisional attainment results and congratulates pupils and staff on their achievements.
Supports the proposed expansion of special school places at {school}.
)",
R"(
the SEND and Inclusion Strategy {period} be approved
the revised Home to School Transport Policy be adopted from September {nextyear}
the proposed programme of additional school places be approved
the High Needs Block Recovery Plan be noted
the determined admission arrangements for {nextyear}/{yy2} be approved
)",
R"(
the number of {As:EHCP} issued within 20 weeks by month
a breakdown of home to school transport costs by type of need
details of the independent specialist placements commissioned in {fy}
data on persistent absence by district
the list of schools with special support centres and their capacity
)",
R"(
provide the figures for parental mileage claims by district
circulate the timeline for the new special school at {school}
share the {A:SEND} Accelerated Progress Plan with all members
provide a briefing on the Safety Valve negotiations with the {A:DfE}
)",
"EHCP SEND DSG SENCO EHE SEMH DfE HAF"},

// -------------------------------------------------------------- adults --
{"adults", true, 3,
R"(
Adults’ Services
Adult Social Care
Adult Social Care and Health
Health and Social Care
Adults and Health
)",
R"(
the Director of Adult Social Services
the Executive Director of Adults and Health
the Assistant Director – Adult Social Care Operations
the Head of Commissioning – Adults
the Assistant Director – Strategic Commissioning
the Head of Safeguarding Adults
the Principal Occupational Therapist
)",
R"(
Adult Social Care Strategy {period} ~ the draft Adult Social Care Strategy {period}
Adult Social Care Charging Policy ~ proposed changes to the adult social care charging policy
Market Sustainability and Fair Cost of Care ~ the market sustainability plan and the outcome of the fair cost of care exercise
Better Care Fund Plan {fy} ~ the Better Care Fund Plan for {fy}
Care Quality Commission Assessment of Adult Social Care ~ preparations for the Care Quality Commission assessment of adult social care
Adult Social Care Performance – {q} ~ adult social care performance and waiting lists for {q}
Safeguarding Adults Board Annual Report ~ the annual report of the Safeguarding Adults Board for {fyprev}
Extra Care Housing Programme ~ the programme to develop extra care housing schemes, including at {ischeme}
Hospital Discharge Arrangements ~ the arrangements for discharge from hospital and the use of short-term beds
Carers Strategy {period} ~ the refreshed Carers Strategy {period}
Learning Disability Day Services Review ~ the outcome of the review of in-house learning disability day services
)",
R"(
Waiting lists
Hospital discharge
Care home fees
Domiciliary care capacity
Deprivation of Liberty Safeguarding
Safeguarding enquiries
Reablement
Carers
Direct payments
Charging policy
Occupational therapy
Care workforce
Disabled Facilities Grants
Volunteers
Learning disabilities
Mental health
Extra care housing
Market sustainability
Assessment backlog
Technology enabled care
Annual reviews
Self-assessment portal
)",
R"(
the waiting list for care assessments
hospital discharge
domiciliary care capacity
care home fees
the fair cost of care
{A:DOLS} applications
safeguarding enquiries
the reablement service
unpaid carers
direct payments
the {A:BCF}
the care workforce
annual reviews of care and support plans
the online financial self-assessment portal
extra care housing
{As:DFG}
learning disability day services
technology enabled care
the {A:CQC} assessment framework
the social care precept
)",
R"(
The timeliness of sourcing social care brokerage was acknowledged as being the best performance for 3 years.
The impact of this benefited clients and partner organisations.
Extra resources provided to carry out {A:DOLS} orders were in place awaiting changes in legislation.
Volunteers provided a huge benefit to the social care offer and were much appreciated.
The number of people waiting for an assessment had fallen to {nbig}, from a peak of {nbig} in {pastmonthyear}.
The average weekly cost of a residential care placement had risen to {moneysmall}.
{Pct} of people who received reablement were still at home 91 days after discharge from hospital.
The domiciliary care market had stabilised, although recruitment in rural areas such as {place} remained difficult.
International recruitment had helped providers to fill {n} care worker vacancies.
Safeguarding enquiries had increased by {pct}, with self-neglect the most common category.
The {A:BCF} had funded {n} additional short-term beds over the winter period.
{As:DFG} needed a more sophisticated approach to distribution throughout the county.
A financial cost could not be estimated at the present time.
The proportion of people receiving direct payments was {pct}, above the regional average.
The {A:CQC} assessment was expected within the next twelve months and a self-assessment had been completed.
The new online financial self-assessment portal had reduced the time taken to complete financial assessments.
The number of people in residential care aged over 65 had fallen, reflecting the strategy of supporting people to live at home.
Care home occupancy was {pct}, with vacancies concentrated in the {place} area.
The number of carers’ assessments completed had increased to {nbig}.
Mental health social work had been brought back under direct Council management.
The cost of learning disability placements had risen by {pct}, reflecting the increasing complexity of need.
Occupational therapy waiting times had reduced from {nmid} weeks to {nsmall} weeks.
)",
R"(
pressure on the adult social care budget had continued
the number of people awaiting assessment had reduced
hospital discharge performance had improved over the winter
the care market remained fragile
the service was preparing for the Care Quality Commission assessment
)",
R"(
Notes the improvement in hospital discharge performance and thanks staff and partners.
Requests a further update on waiting lists for care assessments at its {monthyear} meeting.
Supports the development of extra care housing at {scheme}.
Welcomes the work to support unpaid carers and asks that the Carers Strategy is shared with all members.
Recommends that Cabinet considers the impact of the charging policy changes on people with learning disabilities.
)",
R"(
the Adult Social Care Strategy {period} be approved
the revised charging policy be approved for implementation from April {nextyear}
the {A:BCF} Plan for {fy} be endorsed
the Safeguarding Adults Board annual report be noted
the market sustainability plan be noted
)",
R"(
the financial impact of the new online financial self-assessment portal, as mentioned in paragraph {para} of the report
the number of people waiting for an assessment by locality
a breakdown of care home fees by provider type
the number of {A:DOLS} applications awaiting authorisation
)",
R"(
provide a breakdown of the waiting list by locality
arrange a briefing on the {A:CQC} assessment framework
circulate the carers’ survey results to members
)",
"DOLS CQC ICB BCF DFG NHS"},

// ------------------------------------------------------------ highways --
{"highways", true, 4,
R"(
Highways and Transport
Transport
Highways and Infrastructure
Roads and Transport
Highways, Transport and Planning
)",
R"(
the Director of Highways, Transport and Planning
the Assistant Director – Highways and Transport
the Head of Highways Operations
the Head of Transport Planning
the Highway Maintenance Manager
the Head of Passenger Transport
the Network Manager
)",
R"(
Highway Maintenance Programme {fy} ~ the planned highway maintenance programme for {fy}
Pothole Repairs and Highway Condition ~ the condition of the highway network and the approach to pothole repairs
Local Transport Plan {period} ~ the draft Local Transport Plan {period}
Bus Service Improvement Plan ~ progress on the Bus Service Improvement Plan and the Enhanced Partnership
Petition – {iroad} Speed Limit ~ a petition requesting a reduction in the speed limit on the {iroad}
{ischeme} – Full Business Case ~ the full business case for the {ischeme}
Winter Service Plan {fy} ~ the winter service plan and gritting routes for {fy}
Electric Vehicle Charging Strategy ~ the proposed strategy for on-street electric vehicle charging
Traffic Regulation Orders – {iplace} ~ objections received to the proposed traffic regulation orders in {iplace}
Active Travel Programme ~ the programme of active travel schemes funded by Active Travel England
Highways Term Maintenance Contract ~ the re-procurement of the highways term maintenance contract
)",
R"(
Potholes
Gully clearing
Highway managers
Resurfacing
Speed limits
Street lighting
Bus services
Concessionary fares
Road safety
Winter gritting
Cycle routes
Footways
Drainage
Traffic regulation orders
Electric vehicle charging
Utility works
Parking
Bridges and structures
Verge cutting
Community highway schemes
Safer routes to school
Active travel
)",
R"(
pothole repairs
preventative highway maintenance
gully clearing
the resurfacing programme
street lighting
local bus services
concessionary fares
road safety schemes
the winter gritting network
cycle routes
footway maintenance
highway drainage
traffic regulation orders
on-street {A:EV} charging
utility works
on-street parking
bridge strengthening
the {ischeme}
the {A:BSIP}
community highway schemes
20mph zones
the highways term maintenance contract
)",
R"(
Preventative highway maintenance, such as gully clearing, was a priority to ensure that avoidable damage to roads was reduced.
County council members needed to interact with their highway managers to ensure that local issues were being appropriately addressed.
{Nbig} potholes had been repaired in the quarter, {pcthigh} of them within the target time.
The resurfacing programme for {fy} included {n} schemes, among them the {road} in {place}.
The condition of A roads was better than the national average, but unclassified roads had deteriorated.
Additional Department for Transport funding of {money} had been allocated to pothole repairs.
The speed limit review on the {road} would be completed by {monthyear}.
{Pct} of street lights had now been converted to LED, reducing energy costs and carbon emissions.
Bus patronage had recovered to [78|82|85|88|91]% of pre-pandemic levels.
The {A:BSIP} had funded reduced fares and improved evening services on routes serving {place}.
There had been {n} killed or seriously injured casualties on the roads in {place} over the last three years.
Utility companies had carried out more than {nbig} street works in the quarter, causing disruption in {place}.
The number of highway defects reported through the online reporting tool had risen by {pct}.
The {scheme} was now forecast to cost {moneybig}, an increase of {money} on the original estimate.
The winter service had treated {n} routes, covering {pct} of the network.
Street lighting faults were being repaired within five working days in {pcthigh} of cases.
The bridge strengthening programme included {n} structures, among them the bridge on the {road} at {place}.
Concessionary fare journeys had fallen to {pct} of the pre-pandemic level.
{N} community highway schemes had been delivered, funded in part by parish councils.
The speed limit policy was being reviewed to take account of the new national guidance on 20mph limits.
Highway insurance claims had increased following the wet winter, with {nbig} claims received.
)",
R"(
the highway maintenance programme was on track
the number of potholes reported had increased following the wet winter
bus patronage continued to recover
the {A:LTP} consultation had closed with over {nbig} responses
the resurfacing programme had been accelerated using additional Government funding
)",
R"(
Requests that officers write to utility companies regarding the quality of reinstatement works in {place}.
Welcomes the additional investment in pothole repairs.
Supports the proposed speed limit reduction on the {road}.
Recommends that the {A:LTP} gives greater priority to rural bus services.
Asks that members receive the resurfacing programme for their divisions in advance of publication.
)",
R"(
the highway maintenance programme for {fy} be approved
the objections to the traffic regulation orders be overruled and the orders be made as advertised
the full business case for the {ischeme} be approved
the petition be noted and the speed limit on the {iroad} be reviewed
the Local Transport Plan {period} be approved for consultation
)",
R"(
the list of roads in the resurfacing programme for {fy} by division
the number of potholes repaired within target by district
a breakdown of highway insurance claims over the last three years
details of the bus routes supported by the {A:BSIP}
)",
R"(
provide members with a list of gully clearing schedules for their divisions
write to the utility company about the works on the {road}
arrange a site visit to the {scheme}
circulate the speed limit review criteria
)",
"LTP BSIP EV DfT HGV"},

// --------------------------------------------------------- environment --
{"environment", true, 5,
R"(
Environment and Climate Change
Climate Change and Environment
Environment
Climate Emergency and Sustainability
Environment and Rural Affairs
)",
R"(
the Director of Environment and Public Protection
the Assistant Director – Environment and Climate Change
the Head of Climate Change and Sustainability
the Head of Countryside Services
the Flood Risk Manager
the Head of Energy and Sustainability
)",
R"(
Climate Change Strategy {period} ~ the Climate Change Strategy {period} and progress towards net zero
Climate Emergency Action Plan – Annual Progress Report ~ progress against the climate emergency action plan
Local Nature Recovery Strategy ~ the preparation of the Local Nature Recovery Strategy
Flood Risk Management Strategy ~ the Local Flood Risk Management Strategy and recent flooding incidents
Solar Farm at {isite} ~ the business case for a council-owned solar farm at {isite}
Tree Planting Programme ~ progress on the tree planting programme
Air Quality Annual Status Report ~ air quality monitoring results for {lastyear}
Water Quality in Rivers and Coastal Waters ~ water quality in local rivers and coastal waters and storm overflows
Countryside Access Improvement Plan ~ the rights of way improvement plan
)",
R"(
Net zero
Carbon emissions
Tree planting
Flooding
Solar panels
Air quality
Biodiversity
Rights of way
Storm overflows
Ash dieback
Heat networks
Retrofit
Nature recovery
Electric fleet
Climate adaptation
Single-use plastics
)",
R"(
the Council’s carbon emissions
the climate emergency action plan
the tree planting programme
flood risk
solar panels on council buildings
air quality
biodiversity
public rights of way
storm overflows
ash dieback
the {A:LNRS}
the electric fleet
heat networks
the home retrofit scheme
the countryside estate
)",
R"(
The Council’s own carbon emissions had fallen by {pct} since the {lastyear} baseline.
{Nbig} trees had been planted during the planting season, including at {place}.
The Council was on track to achieve net zero for its own operations by 2030.
Solar panels had been installed on {n} council buildings, generating {money} of savings a year.
Flooding in {place} in {pastmonthyear} had affected {n} properties and investigations were ongoing.
Ash dieback was expected to cost {money} over the next five years to manage.
The {A:LNRS} would be published for consultation in {monthyear}.
Nitrogen dioxide levels had exceeded the objective at {n} locations within the {A:AQMA}.
Storm overflows had discharged into the River {river} on {n} occasions during the year.
Grant funding of {money} had been secured for the home retrofit scheme.
The Council had declared a climate emergency in {lastyear} and committed to net zero by 2050 across the county.
A heat decarbonisation plan had been prepared for the Council’s {n} largest buildings.
The electric fleet now made up {pct} of council vehicles.
Public rights of way had {nbig} outstanding defects, with a backlog of path diversion orders.
The Environment Agency had rated the bathing water at {place} as sufficient.
{N} hectares of land had been brought into the nature recovery network.
)",
R"(
good progress had been made towards net zero
the tree planting season had been the most successful to date
flood investigations in {place} were nearing completion
the climate action plan had been refreshed following consultation
)",
R"(
Welcomes the progress made in reducing the Council’s carbon emissions.
Requests that the Cabinet Member writes to the water company regarding storm overflows in the River {river}.
Supports the development of the {A:LNRS}.
Asks that future progress reports include information on scope 3 emissions.
)",
R"(
the Climate Change Strategy {period} be approved
the progress against the climate emergency action plan be noted
the business case for the solar farm at {isite} be approved
the Local Flood Risk Management Strategy be adopted
)",
R"(
details of the tree planting sites in each district
the carbon emissions data broken down by source
the list of properties affected by flooding in {place}
)",
R"(
write to the water company about discharges into the River {river}
provide a map of the tree planting sites
share the flood investigation report for {place} when it is complete
)",
"LNRS AQMA EV BNG"},

// ------------------------------------------------------------- planning --
{"planning", false, 7,
R"(
Housing and Planning
Planning and Regeneration
Housing
Planning and Infrastructure
Housing and Homelessness
)",
R"(
the Head of Planning Services
the Assistant Director – Planning and Housing
the Head of Housing
the Planning Policy Manager
the Development Management Manager
the Head of Housing Options
)",
R"(
Local Plan Review – Regulation 18 Consultation ~ the draft Local Plan {period} for Regulation 18 consultation
Local Plan Review – Regulation 19 Submission ~ the Local Plan {period} for Regulation 19 publication and submission
Homelessness and Rough Sleeping Strategy {period} ~ the Homelessness and Rough Sleeping Strategy {period}
Housing Delivery Test Action Plan ~ the Housing Delivery Test results and the associated action plan
Community Infrastructure Levy Spending Priorities ~ the allocation of Community Infrastructure Levy receipts
Temporary Accommodation ~ the use and cost of temporary accommodation for homeless households
Five Year Housing Land Supply ~ the Council’s five year housing land supply position
Affordable Housing Programme ~ the delivery of affordable homes and the pipeline of schemes
{iplace} Neighbourhood Plan ~ the examiner’s report on the {iplace} Neighbourhood Plan
Section 106 Agreements Annual Monitoring ~ the collection and spending of Section 106 contributions
)",
R"(
Local plan
Housing land supply
Affordable housing
Homelessness
Temporary accommodation
Rough sleeping
S106 contributions
Community Infrastructure Levy
Nutrient neutrality
Planning enforcement
Neighbourhood plans
Housing delivery
Empty homes
Planning appeals
Design codes
Houses in multiple occupation
)",
R"(
the local plan
the five year housing land supply
affordable housing delivery
homelessness
temporary accommodation
rough sleeping
S106 contributions
{A:CIL} receipts
nutrient neutrality
planning enforcement
neighbourhood plans
empty homes
planning appeals
{As:HMO}
the housing register
the {A:NPPF}
)",
R"(
The Council could currently demonstrate a {num1dp} year housing land supply.
{Nbig} households were in temporary accommodation, of which {n} were in bed and breakfast.
The net cost of temporary accommodation was forecast to be {money} in {fy}.
{N} affordable homes had been completed in the year, against a target of {nbig}.
{A:CIL} receipts of {money} had been collected, with {money} allocated to infrastructure projects.
S106 contributions of {money} were held, of which {money} had to be spent within five years.
Nutrient neutrality continued to hold up the determination of around {nbig} homes.
The number of rough sleepers counted in the autumn snapshot was {n}.
The revised {A:NPPF} had changed the way housing need was calculated.
The Planning Inspectorate had allowed {n} appeals in the year, with costs awarded against the Council in one case.
The Regulation 18 consultation had received {nbig} responses, the majority concerning the proposed strategic site at {place}.
The number of households presenting as homeless had increased by {pct} compared with the same quarter last year.
Planning enforcement had {n} open cases, with the oldest dating back to {lastyear}.
Major planning applications were being determined within 13 weeks in {pct} of cases, above the national target.
The housing register had {nbig} households on it, of whom {n} were in the highest priority band.
Empty homes brought back into use during the year totalled {n}, supported by loans of {moneysmall}.
A further {nbig} homes were expected to be delivered at {scheme} over the plan period.
The revised housing trajectory showed a shortfall in the early years of the plan period.
)",
R"(
the local plan was progressing in line with the timetable
homelessness presentations continued to rise
affordable housing delivery had exceeded the target
the Council had a five year housing land supply
)",
R"(
Notes the current position on the five year housing land supply.
Requests a further report on the cost of temporary accommodation.
Supports the proposed allocation of {A:CIL} receipts.
Welcomes the increase in affordable housing delivery.
)",
R"(
the draft Local Plan {period} be approved for Regulation 18 consultation
the Homelessness and Rough Sleeping Strategy {period} be adopted
the {iplace} Neighbourhood Plan proceed to referendum
the allocation of {A:CIL} funds set out in Appendix {n} be approved
)",
R"(
the list of S106 contributions held by parish
details of households in temporary accommodation by type
the housing trajectory for the plan period
)",
R"(
provide the latest figures on households in bed and breakfast
circulate the local plan timetable
share the list of unspent S106 contributions with ward members
)",
"CIL NPPF HMO SHMA BNG HRA"},

// -------------------------------------------------------------- economy --
{"economy", false, 0,
R"(
Economy and Regeneration
Economic Development
Economy, Skills and Growth
Support Services and Economic Development
Regeneration and Growth
)",
R"(
the Director of Place Services
the Head of Economic Development
the Assistant Director – Economy and Skills
the Head of Regeneration
the Growth Programme Manager
)",
R"(
Economic Strategy {period} ~ the Economic Strategy {period}
{ischeme} – Update ~ progress on the {ischeme}
UK Shared Prosperity Fund Investment Plan ~ the UK Shared Prosperity Fund investment plan
Levelling Up Fund Bid – {iplace} ~ the proposed Levelling Up Fund bid for {iplace} town centre
Skills and Employment Update ~ skills, employment and unemployment across the county
Visitor Economy Strategy ~ the visitor economy and tourism strategy
Digital Infrastructure and Gigabit Broadband ~ the roll-out of gigabit broadband
Town Centre Recovery Programme ~ the town centre recovery programme
)",
R"(
Unemployment
Youth unemployment
Apprenticeships
Business support
Town centres
Broadband
Inward investment
Skills
Tourism
Regeneration
Business rates relief
High street vacancies
)",
R"(
unemployment
youth unemployment
apprenticeships
business support
town centres
gigabit broadband
inward investment
the {A:UKSPF}
the {A:LEP}
the visitor economy
high street vacancies
the {ischeme}
the enterprise zone
)",
R"(
Youth unemployment showed a gap of {pctsmall} compared with the national rate.
It was hoped that the changes to the {A:LEP} could help to focus efforts on specific areas.
The Committee felt that economic trends in the county were doing well.
The claimant count had fallen to {pct} of the working age population.
{N} businesses had received grants through the {A:UKSPF}.
Gigabit broadband coverage had reached {pct} of premises, with rural areas such as {place} lagging behind.
Vacancy rates in {place} town centre had risen to {pct}.
The {scheme} was expected to create {nbig} jobs over ten years.
A Chatterley Valley slippage update would be sent to {cllrdir} directly.
Apprenticeship starts had fallen by {pct}, reflecting national trends following the introduction of the levy.
The business support programme had helped {nbig} businesses, creating {n} new jobs.
Inward investment enquiries had increased, with {n} companies considering sites at {scheme}.
The visitor economy had recovered to {pct} of pre-pandemic spend, with {place} performing strongly.
Grant funding of {money} from the {A:LUF} had been secured for {place} town centre.
The enterprise zone had attracted {nbig} jobs since it was designated.
)",
R"(
the economy was showing signs of recovery
the {A:UKSPF} programme had been fully committed
town centre footfall had improved
)",
R"(
Notes the progress on the {scheme}.
Welcomes the support provided to local businesses.
Requests data on youth unemployment by district.
)",
R"(
the Economic Strategy {period} be approved
the {A:UKSPF} investment plan be endorsed
an update on the {ischeme} be sent to members
)",
R"(
the full list of schemes which had applied for covid funding as well as the successful ones
data on youth unemployment by district
the list of businesses supported through the {A:UKSPF}
)",
R"(
provide an update on the {scheme} slippage
circulate the broadband roll-out map
)",
"UKSPF LEP LUF NEET"},

// ---------------------------------------------------------- communities --
{"communities", false, 5,
R"(
Community Support, Fire and Rescue
Communities and Culture
Communities and Public Protection
Leisure and Culture
Fire and Rescue and Communities
)",
R"(
the Chief Fire Officer
the Assistant Chief Fire Officer
the Director of Communities
the Head of Libraries and Heritage
the Head of Community Safety
the Head of Trading Standards
the Head of Registration Services
)",
R"(
Fire and Rescue Service Performance – {q} ~ the performance of the Fire and Rescue Service for {q}
Community Risk Management Plan {period} ~ the draft Community Risk Management Plan {period}
HMICFRS Inspection Report ~ the outcome of the inspection of the Fire and Rescue Service by HMICFRS
Library Service Strategy {period} ~ the future of the library service and the Library Service Strategy {period}
Community Safety Partnership Annual Report ~ the work of the Community Safety Partnership
Trading Standards Annual Report ~ the work of Trading Standards over the past year
Leisure Centre Contract ~ the management of leisure centres and the proposed new contract
Cultural Strategy {period} ~ the Cultural Strategy {period}
)",
R"(
Response times
Retained firefighters
Fire safety inspections
HMICFRS inspection
Libraries
Anti-social behaviour
Domestic abuse
Trading standards
Scams
Leisure centres
Museums and heritage
Registration services
Community grants
Prevent
)",
R"(
fire engine response times
retained firefighter availability
fire safety inspections
the {A:HMICFRS} inspection
the library service
{A:ASB}
domestic abuse services
trading standards
doorstep crime
leisure centres
community grants
the {A:VCS}
the {A:CSP}
)",
R"(
The average response time to critical incidents was {nsmall} minutes, within the 10 minute standard.
Retained fire engine availability had fallen to {pctmid} during the day owing to recruitment difficulties.
The {A:HMICFRS} inspection had found the service required improvement in two areas.
Library visits had recovered to [64|71|76|83]% of pre-pandemic levels, and digital loans continued to grow.
Trading Standards had prevented {money} of losses to residents from scams and doorstep crime.
Levels of {A:ASB} in {place} town centre had reduced following the introduction of a {A:PSPO}.
{N} community grants totalling {money} had been awarded to {A:VCS} organisations.
The number of fire safety inspections carried out had risen to {nbig}, {pct} of them in high-risk premises.
On-call firefighter recruitment had improved, with {n} new recruits completing training in the year.
The number of accidental dwelling fires had fallen to {nbig}, the lowest figure for five years.
Domestic abuse referrals to the {A:CSP} had increased by {pct}.
The library service had introduced self-service opening at {place} and {place} libraries.
Registration services had recovered from the backlog of birth registrations caused by the pandemic.
Trading Standards had carried out {n} test purchases, with {n} sales of age-restricted products to children.
The leisure centre at {place} had been refurbished at a cost of {money}.
)",
R"(
fire service performance remained strong
the service had responded well to the {A:HMICFRS} inspection
library usage was increasing
)",
R"(
Notes the progress against the {A:HMICFRS} action plan.
Welcomes the performance of the Fire and Rescue Service.
Requests an update on retained firefighter availability.
)",
R"(
the Community Risk Management Plan {period} be approved for consultation
the Library Service Strategy {period} be adopted
the annual report of the {A:CSP} be noted
)",
R"(
response times by fire station
the number of fire safety inspections carried out by district
library visitor numbers by branch
)",
R"(
circulate response time data for each station
arrange a visit to the fire control centre
)",
"FRS HMICFRS CSP ASB PSPO VCS"},

// -------------------------------------------------------- public health --
{"public_health", false, 3,
R"(
Public Health and Wellbeing
Health and Wellbeing
Public Health
Public Health and Prevention
)",
R"(
the Director of Public Health
the Consultant in Public Health
the Assistant Director – Public Health
the Head of Healthy Lifestyles
)",
R"(
Director of Public Health Annual Report {lastyear} ~ the Director of Public Health’s annual report for {lastyear}
Joint Strategic Needs Assessment ~ the refreshed Joint Strategic Needs Assessment
Joint Local Health and Wellbeing Strategy {period} ~ the Joint Local Health and Wellbeing Strategy {period}
Drug and Alcohol Strategy ~ the combating drugs partnership and the local drug and alcohol strategy
Healthy Weight Programme ~ the whole systems approach to healthy weight
Sexual Health Services Recommissioning ~ the recommissioning of integrated sexual health services
Suicide Prevention Strategy {period} ~ the Suicide Prevention Strategy {period}
)",
R"(
Smoking cessation
Healthy weight
Drugs and alcohol
Sexual health
Mental health
Health inequalities
Suicide prevention
Vaccination uptake
NHS health checks
Physical activity
Public health grant
Dental health
)",
R"(
smoking cessation services
healthy weight
drug and alcohol treatment
sexual health services
health inequalities
suicide prevention
vaccination uptake
{A:NHS} health checks
the public health grant
the {A:JSNA}
children’s oral health
)",
R"(
Smoking prevalence had fallen to {pct}, but remained higher in {place}.
Life expectancy in the most deprived areas was {n} years lower than in the least deprived.
The public health grant for {fy} was {moneybig}, a real terms reduction.
Uptake of {A:NHS} health checks had recovered to {pct} of eligible residents.
{N} people had successfully completed drug treatment in the year.
The {A:JSNA} had highlighted rising demand for mental health support among young people.
Childhood obesity at Year 6 was {pct}, slightly below the national average but higher in {place}.
Vaccination uptake among eligible older people was {pct}, below the national target.
Suicide rates had risen slightly and the Suicide Prevention Partnership had refreshed its action plan.
The stop smoking service had supported {nbig} people to set a quit date, with {pct} successfully quitting at four weeks.
Alcohol-related hospital admissions remained above the England average.
The public health grant had funded {n} additional school nurses.
Health visitors had completed {pcthigh} of new birth visits within 14 days.
)",
R"(
health inequalities remained the key challenge
smoking cessation services had exceeded their targets
)",
R"(
Notes the Director of Public Health’s annual report.
Welcomes the focus on health inequalities.
Requests further information on the public health grant allocation.
)",
R"(
the Director of Public Health’s annual report be noted
the Joint Local Health and Wellbeing Strategy {period} be approved
the recommissioning of sexual health services be approved
)",
R"(
life expectancy data by district
the breakdown of the public health grant by programme
)",
R"(
provide data on smoking prevalence by district
share the {A:JSNA} summary with members
)",
"JSNA NHS ICB CAMHS"},

// ---------------------------------------------------------------- waste --
{"waste", false, 5,
R"(
Waste and Recycling
Environment and Waste
Waste, Recycling and Street Scene
)",
R"(
the Head of Waste Services
the Assistant Director – Waste and Recycling
the Waste Strategy Manager
the Head of Street Scene
)",
R"(
Waste Strategy {period} ~ the Joint Municipal Waste Strategy {period}
Household Waste Recycling Centres – Opening Hours ~ proposed changes to opening hours at household waste recycling centres
Food Waste Collections ~ the introduction of weekly food waste collections
Waste Disposal Contract ~ the waste disposal contract and the future of the materials recovery facility
Fly-tipping Enforcement ~ action taken to tackle fly-tipping
Garden Waste Service Charges ~ the charges for the garden waste collection service
)",
R"(
Waste collection
Recycling rates
Food waste
Fly-tipping
Household waste recycling centres
Garden waste
Missed bins
Street cleansing
Landfill
Extended producer responsibility
)",
R"(
waste collection
the recycling rate
food waste collections
fly-tipping
{As:HWRC}
the garden waste service
missed bin collections
street cleansing
landfill diversion
the {A:MRF}
{A:EPR} payments
)",
R"(
The household recycling rate was {pctmid}, up from [41.2|43.8|39.5|44.1]% in {lastyear}.
Fly-tipping incidents had risen by {pct}, with {n} fixed penalty notices issued.
Weekly food waste collections would be introduced from {monthyear}.
Missed bin collections had fallen to {n} per 100,000 collections.
Less than {pctsmall} of household waste was now sent to landfill.
The booking system at {As:HWRC} had reduced queuing and was popular with residents.
{A:EPR} payments of {money} were expected in {fynext}.
The cost of waste disposal had increased to {moneybig} owing to rising gate fees and landfill tax.
Contamination of dry recycling had risen to {pct}, and a communications campaign was planned.
Garden waste subscriptions had reached {nbig} households, generating income of {money}.
The new collection vehicles would run on hydrotreated vegetable oil, reducing emissions.
The waste disposal contract with the current operator would expire in {nextyear}.
Street cleansing standards were being met on {pct} of inspected sites.
)",
R"(
the recycling rate had improved
the new collection contract was performing well
)",
R"(
Welcomes the improvement in recycling rates.
Requests an update on fly-tipping enforcement.
)",
R"(
the Waste Strategy {period} be adopted
the garden waste charge for {fynext} be approved
)",
R"(
fly-tipping incidents by parish
recycling rates by collection round
)",
R"(
provide fly-tipping data by ward
circulate the food waste collection timetable
)",
"HWRC MRF EPR"},

// ----------------------------------------------------------- governance --
{"governance", false, 0,
R"(
Corporate Services and Digital
Customer Services and Digital
Governance and Performance
Corporate Resources
)",
R"(
the Director of Law and Assurance
the Monitoring Officer
the Head of Internal Audit
the Chief Executive
the Assistant Chief Executive
the Director of Human Resources and Organisational Change
the Head of Democratic Services
the Chief Digital Officer
the External Auditor
the Head of Legal Services
)",
R"(
Internal Audit Progress Report ~ progress against the internal audit plan for {fy}
Annual Governance Statement {fyprev} ~ the draft Annual Governance Statement for {fyprev}
Strategic Risk Register ~ the strategic risk register and the risks rated red
External Audit Findings Report {fyprev} ~ the external auditor’s findings on the {fyprev} accounts
Council Plan {period} ~ the Council Plan {period} and its priorities
Workforce Report ~ workforce data, sickness absence and turnover
Digital Strategy {period} ~ the Digital Strategy {period}
Information Governance Annual Report ~ information governance, data breaches and Freedom of Information requests
Review of the Constitution ~ proposed changes to the Constitution
Members’ Allowances Scheme ~ the report of the Independent Remuneration Panel on members’ allowances
Complaints and Compliments Annual Report ~ complaints, compliments and Local Government and Social Care Ombudsman findings
Counter Fraud Annual Report ~ the counter fraud work undertaken during {fyprev}
)",
R"(
Strategic risks
Internal audit
External audit
Sickness absence
Staff turnover
Cyber security
Data breaches
Freedom of Information requests
Complaints
Ombudsman findings
Constitution
Members’ allowances
Counter fraud
Digital services
Customer contact
Agency spend
)",
R"(
the strategic risk register
the internal audit plan
the external audit
sickness absence
staff turnover
cyber security
data breaches
{A:FOI} requests
complaints handling
the Ombudsman’s findings
the Constitution
the {A:AGS}
counter fraud work
the website
customer contact
the Council Plan {period}
the {A:ICT} infrastructure
)",
R"(
{Nmid} internal audit reports had been issued, of which {nsmall} had limited assurance.
The strategic risk register contained {nmid} risks, {nsmall} of them rated red.
Cyber security remained one of the highest rated risks on the corporate risk register.
Sickness absence averaged [8.4|9.1|9.7|10.3|11.2] days per employee, above the target of eight days.
Staff turnover was {pct}, with particular difficulties in recruiting to social work and planning roles.
{Pcthigh} of {A:FOI} requests had been answered within the statutory 20 working days.
There had been {n} data breaches reported to the Information Commissioner’s Office during the year.
The external auditor expected to issue an unqualified opinion on the {fyprev} accounts.
The Ombudsman had upheld {n} complaints, mostly relating to {A:SEND} and adult social care.
The backlog in local audit had meant that the {fyprev} accounts were still not signed off.
The Council had received {nbig} complaints in the year, of which {pctmid} were upheld.
The counter fraud team had identified {money} of fraud and error, including single person discount fraud.
The Constitution review would be considered by the Governance Committee before Full Council.
Agency spend across the Council had reached {moneybig}, with children’s social care the largest user.
Member training on the Code of Conduct had been attended by {n} councillors.
The website had been redesigned and the number of online transactions had risen by {pct}.
Telephone calls to the customer service centre were answered within five minutes in {pcthigh} of cases.
Staff survey results showed that {pctmid} of employees felt proud to work for the Council.
)",
R"(
the Council Plan priorities were being delivered
good progress had been made on the internal audit plan
)",
R"(
Notes the internal audit progress report.
Requests that the risk owner for cyber security attends the next meeting.
Approves the Annual Governance Statement for inclusion in the Statement of Accounts.
Welcomes the improvement in {A:FOI} response times.
)",
R"(
the internal audit progress report be noted
the Annual Governance Statement {fyprev} be approved
the strategic risk register be noted
the proposed changes to the Constitution be recommended to Full Council
the Council Plan {period} be recommended to Full Council for approval
)",
R"(
the list of internal audits with limited assurance and the management actions agreed
sickness absence data by directorate
the number of complaints upheld by the Ombudsman by service
)",
R"(
circulate the updated risk register
provide a briefing on cyber security
share the workforce strategy with members
)",
"AGS FOI ICT RIPA KPI"},
};

}  // namespace mcg::data
