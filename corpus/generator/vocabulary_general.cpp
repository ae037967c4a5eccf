// General vocabulary: names, place-name syllables and plain English word
// lists, ordered roughly from most to least frequent in council minutes.
#include "vocabulary_data.h"

namespace mcg::data {

// ---------------------------------------------------------------- people --
const char* const kFirstNames = R"(
John
David
Peter
Sarah
Paul
Michael
Richard
Andrew
Jane
Christine
Stephen
Susan
Mark
Elizabeth
Robert
Margaret
James
Helen
Nigel
Karen
Ian
Patricia
Tony
Julie
Martin
Alison
Simon
Deborah
Graham
Caroline
Philip
Nicola
Kevin
Amanda
Brian
Louise
Chris
Jacqui
Geoff
Kate
Roger
Gillian
Alan
Linda
Keith
Pauline
Colin
Rachel
Trevor
Sue
Derek
Ann
Neil
Angela
Malcolm
Wendy
Duncan
Janet
Adrian
Bernadette
Barry
Claire
Gordon
Heather
Ray
Joy
Tim
Lucy
Jeremy
Emma
Russell
Marion
Clive
Frances
Terry
Hazel
Bob
Sheila
Dennis
Joan
Garry
Valerie
Ken
Yvonne
Hugh
Penny
Matthew
Charlotte
Oliver
Sophie
Daniel
Hannah
Thomas
Laura
Samuel
Rebecca
Jonathan
Victoria
Lee
Kirsty
Wayne
Dawn
Craig
Tracey
Darren
Lorraine
Shaun
Sandra
Gareth
Bridget
Rupert
Imogen
Henry
Harriet
Edward
Beverley
Raymond
Ruth
Leslie
Gail
Douglas
Jacqueline
Carl
Jill
Dean
Maureen
Roy
Irene
Gerald
Sylvia
Ivan
Rosemary
Frank
Jenny
Harry
Eileen
Jack
Olivia
Amir
Priya
Mohammed
Aisha
Sanjay
Nadia
Rajesh
Shabana
Kamran
Farah
Tariq
Yasmin
Vikram
Anjali
Kwame
Grace
Tunde
Blessing
Dominic
Fiona
Ewan
Moira
Callum
Morag
Rhys
Bethan
Dafydd
Sian
Declan
Siobhan
Liam
Niamh
)";

// Split alternately into councillor and officer pools (see vocabulary.cpp)
// so an officer or resident never shares a surname with a councillor.
const char* const kSurnames = R"(
Smith
Jones
Taylor
Brown
Williams
Wilson
Johnson
Davies
Robinson
Wright
Thompson
Evans
Walker
White
Roberts
Green
Hall
Wood
Jackson
Clarke
Patel
Khan
Lewis
James
Phillips
Mason
Mitchell
Rose
Davis
Rodgers
Cooper
Morgan
Turner
Hughes
Edwards
Hill
Moore
Clark
Harrison
Scott
Young
Morris
Baker
Harris
Martin
King
Lee
Allen
Watson
Ward
Russell
Jupp
Yates
Oxlade
Dennis
Burrett
Crow
Marshall
Atkins
Hunt
Bradbury
Linehan
Elkins
Waight
Urquhart
Lanzer
Boram
Bence
Sparkes
Hillier
Purchese
Montyn
Kerry-Bedell
Walsh
Condie
Quinn
Pendleton
Goldsmith
Britton
Cornell
Ashcroft
Fenwick
Hatherley
Pocock
Rendell
Sutcliffe
Trelawny
Whitcombe
Bancroft
Carrington
Dalrymple
Eversley
Fairbairn
Gilchrist
Hargreaves
Ingram
Jessop
Kettle
Lockwood
Mallinson
Northcott
Ormerod
Prendergast
Quigley
Rushworth
Stebbings
Tolley
Underwood
Varley
Wainwright
Yardley
Abbott
Barnes
Chapman
Dixon
Ellis
Fletcher
Gibson
Holmes
Irving
Jenkins
Kirk
Lawrence
Murray
Nash
Owen
Palmer
Reid
Stevens
Tucker
Vaughan
Webb
Bailey
Bell
Carter
Cook
Dawson
Fisher
Foster
Gray
Hamilton
Hayes
Howard
Hudson
Hunter
Kelly
Knight
Lloyd
Marsh
Matthews
Mills
Newman
Parker
Pearce
Pearson
Powell
Price
Richards
Richardson
Shaw
Simpson
Spencer
Stewart
Sullivan
Thomas
Wells
West
Wheeler
Wilkinson
Woods
Akhtar
Begum
Chowdhury
Hussain
Iqbal
Mahmood
Rahman
Sharma
Singh
Kaur
Gupta
Joshi
Okafor
Mensah
Adeyemi
Nowak
Kowalski
O’Brien
O’Connor
McCarthy
MacDonald
McKenzie
Fraser
Campbell
Anderson
Ross
Sinclair
Llewellyn
Pritchard
Vaughan-Thomas
Ap Rhys
Blackwood
Cheeseman
Drinkwater
Fairweather
Goodbody
Honeysett
Lightfoot
Merryweather
Pennyfeather
Ravenscroft
Shillingford
Stainthorpe
Thistlethwaite
Winterbottom
Ackroyd
Bellingham
Cavendish
Delacourt
Effingham
Fotheringham
Greenhalgh
Haversham
Illingworth
Kilbride
Loxley
Mortimer
Netherwood
Oakes
Pettigrew
Ramsbottom
Sowerby
Tennyson
Upcott
Verrall
Wetherall
)";

// --------------------------------------------------------------- places --
const char* const kPlacePrefixes = R"(
Ash
Thorn
Kings
Brad
Chatter
Hay
Lang
Mel
Stan
Wick
Bram
Burn
Chel
Crow
Dun
Elm
Fair
Ford
Gold
Ham
Hart
Hazel
Holm
Lea
Lin
Long
Marl
Mill
New
Oak
Pen
Red
Rid
Sand
Sax
Shep
Stock
Stone
Sut
Tud
Wal
Wen
West
Whit
Win
Wood
Wor
Yar
Ald
Bex
Cas
Dray
East
Fen
Glen
Hals
Ick
Kel
Lud
Mor
Nor
Ot
Pol
Rams
Sel
Til
Up
Ver
Wes
Ab
Bur
Col
Dar
Ed
Farn
Grant
Hen
Ing
Kirk
Lynd
Maid
North
Orm
Pad
Rad
South
Tam
Ux
Wal
Wy
Barn
Chis
Daw
Ever
Fel
Gos
Hurst
Knap
Loft
Mick
Nether
Over
Pyle
Rother
Sher
Tan
Ulver
Wark
)";

const char* const kPlaceSuffixes = R"(
ley
ton
bury
ford
field
ham
worth
bridge
wick
by
den
don
hurst
mere
stead
well
brook
combe
cote
dale
gate
hampton
hill
ing
ington
leigh
low
minster
mouth
ness
port
stoke
stow
thorpe
wood
borough
caster
chester
marsh
haven
)";

const char* const kRivers = R"(
Avon
Trent
Severn
Ouse
Arun
Adur
Wey
Stour
Test
Itchen
Tees
Wear
Exe
Tamar
Medway
Rother
Cherwell
Kennet
Nene
Welland
)";

const char* const kSaints = R"(
Mary
John
Peter
Andrew
Michael
Paul
Margaret
Nicholas
Thomas
Luke
Mark
Bartholomew
Wilfrid
Cuthbert
Edmund
Alban
Swithun
Aidan
Catherine
Hilda
)";

const char* const kTrees = R"(
Oak
Beech
Ash
Elm
Willow
Chestnut
Hawthorn
Rowan
Birch
Holly
Sycamore
Lime
Poplar
Hazel
Cedar
Yew
Alder
Maple
Larch
Juniper
)";

const char* const kRoadKinds = R"(
Road
Lane
Street
Avenue
Close
Way
Drive
Hill
Crescent
Gardens
Rise
Park Road
Green
Terrace
Place
)";

const char* const kSchemeKinds = R"(
Relief Road
Town Centre Regeneration
Sustainable Transport Package
Flood Alleviation Scheme
Leisure Centre refurbishment
Garden Village
Valley
Business Park
Growth Area
Link Road
Station Quarter
Enterprise Zone
Healthy Streets scheme
Junction Improvement
Cycle Route
Extra Care Scheme
Community Hub
Masterplan
)";

const char* const kSchoolKinds = R"(
Primary School
Academy
Community College
Infant School
Junior School
High School
CE Primary School
Park School
School
Church of England Academy
Special School
Technology College
)";

// Council kind: name suffix ~ self-reference.
const char* const kCouncilKinds = R"(
County Council ~ the County Council
Borough Council ~ the Borough Council
District Council ~ the District Council
City Council ~ the City Council
Council ~ the Council
Metropolitan Borough Council ~ the Council
)";

// ------------------------------------------------------- plain English --
const char* const kAdjectives = R"(
significant
current
additional
overall
further
new
financial
local
national
revised
existing
proposed
ongoing
considerable
statutory
key
strategic
positive
wider
specific
early
future
previous
recent
substantial
appropriate
long-term
effective
robust
particular
annual
challenging
complex
external
internal
detailed
initial
final
modest
underlying
projected
sustainable
improved
increased
reduced
operational
corporate
regional
rural
vulnerable
independent
joint
integrated
clear
difficult
realistic
ambitious
proportionate
sufficient
timely
accurate
consistent
transparent
accessible
inclusive
preventative
specialist
temporary
permanent
short-term
medium-term
one-off
recurrent
comprehensive
thorough
practical
innovative
flexible
targeted
structured
coordinated
dedicated
focused
collaborative
resilient
affordable
digital
interim
formal
informal
detailed
limited
marginal
notable
unprecedented
persistent
emerging
historic
anticipated
unexpected
encouraging
disappointing
reassuring
concerning
worrying
welcome
excellent
adequate
reasonable
fundamental
essential
critical
urgent
immediate
gradual
steady
sharp
rapid
slow
cautious
prudent
balanced
fair
equitable
local-level
countywide
borough-wide
district-wide
cross-party
multi-agency
in-house
outsourced
commissioned
devolved
ring-fenced
discretionary
mandatory
residual
cumulative
net
gross
average
median
typical
exceptional
principal
secondary
supplementary
auxiliary
bespoke
standardised
streamlined
fragmented
patchy
uneven
inconsistent
variable
volatile
stable
buoyant
subdued
sluggish
favourable
adverse
unfavourable
material
immaterial
nominal
notional
indicative
provisional
definitive
preliminary
exploratory
consultative
advisory
regulatory
contractual
legislative
procedural
evidential
qualitative
quantitative
demographic
socio-economic
environmental
ecological
architectural
topographical
geographical
seasonal
intermittent
episodic
chronic
acute
holistic
person-centred
outcome-focused
evidence-based
data-driven
place-based
community-led
)";

const char* const kNouns = R"(
position
approach
programme
plan
report
process
review
strategy
framework
timetable
forecast
budget
target
update
proposal
service
project
scheme
pilot
assessment
consultation
performance
provision
demand
pressure
capacity
workforce
contract
partnership
investment
delivery
outcome
trajectory
baseline
benchmark
indicator
measure
dashboard
action plan
improvement plan
business case
policy
protocol
procedure
toolkit
pathway
model
offer
arrangement
allocation
settlement
variance
saving
efficiency
income
expenditure
uplift
contingency
risk
mitigation
oversight
governance
accountability
scrutiny
audit
recommendation
option
initiative
milestone
deadline
backlog
workload
caseload
recruitment
retention
vacancy rate
training programme
restructure
redesign
transformation
commissioning
procurement
tender
specification
evaluation
methodology
analysis
narrative
evidence base
survey
feedback
complaint
enquiry
referral
threshold
eligibility
entitlement
payment
charge
fee
tariff
subsidy
concession
grant
levy
precept
reserve
liability
asset
portfolio
estate
facility
depot
hub
network
route
corridor
junction
site
location
area
locality
catchment
footprint
boundary
cohort
sample
trend
pattern
spike
dip
shortfall
surplus
deficit
overspend
underspend
slippage
overrun
delay
disruption
incident
breach
failure
improvement
deterioration
recovery
turnaround
transition
handover
mobilisation
implementation
roll-out
launch
relaunch
refresh
reprofiling
realignment
rebasing
reconciliation
validation
verification
certification
accreditation
inspection
visit
walkabout
workshop
seminar
webinar
briefing
roundtable
forum
panel
board
steering group
working group
task group
reference group
sounding board
champion
ambassador
advocate
coordinator
navigator
liaison
helpline
portal
platform
app
system
database
register
log
tracker
scorecard
heatmap
matrix
template
checklist
guidance
code of practice
memorandum
agreement
covenant
concordat
compact
charter
pledge
commitment
ambition
vision
priority
objective
goal
aim
principle
criterion
standard
benchmark exercise
health check
stocktake
audit trail
paper trail
)";

const char* const kParticiples = R"(
reviewed
considered
agreed
addressed
reported
monitored
highlighted
delayed
approved
increased
reduced
completed
developed
introduced
implemented
identified
delivered
commissioned
established
extended
updated
revised
published
circulated
discussed
escalated
deferred
accelerated
allocated
procured
tendered
retendered
consulted on
refreshed
streamlined
embedded
launched
piloted
expanded
paused
achieved
exceeded
mitigated
absorbed
offset
funded
underwritten
ring-fenced
reprofiled
rephased
rescheduled
reallocated
redeployed
restructured
redesigned
reconfigured
recommissioned
decommissioned
rationalised
consolidated
centralised
devolved
outsourced
insourced
benchmarked
validated
verified
audited
inspected
challenged
questioned
clarified
confirmed
resolved
finalised
signed off
ratified
endorsed
noted
welcomed
supported
prioritised
deprioritised
postponed
cancelled
suspended
reinstated
resumed
restarted
relaunched
rebranded
promoted
publicised
advertised
communicated
shared
cascaded
embedded
evaluated
assessed
measured
mapped
modelled
forecast
projected
estimated
calculated
recalculated
quantified
costed
priced
valued
revalued
scoped
specified
drafted
redrafted
amended
strengthened
tightened
relaxed
simplified
standardised
harmonised
aligned
integrated
joined up
co-located
co-produced
co-designed
tested
trialled
refined
improved
enhanced
upgraded
replaced
renewed
repaired
resurfaced
refurbished
retrofitted
modernised
digitised
automated
)";

const char* const kAdverbs = R"(
significantly
slightly
broadly
largely
partly
fully
closely
carefully
regularly
currently
previously
recently
subsequently
increasingly
consistently
particularly
specifically
generally
gradually
steadily
rapidly
quickly
promptly
formally
informally
jointly
separately
collectively
individually
proactively
reactively
routinely
periodically
continuously
temporarily
permanently
successfully
effectively
efficiently
robustly
transparently
appropriately
proportionately
sufficiently
adequately
substantially
considerably
marginally
modestly
notably
markedly
sharply
dramatically
unexpectedly
disappointingly
encouragingly
reassuringly
cautiously
prudently
realistically
ambitiously
)";

const char* const kWhen = R"(
since the last meeting
in recent months
over the summer
since the report was published
during the pandemic
over the last twelve months
earlier in the year
in the last quarter
at the start of the financial year
over the winter period
following the restructure
since {lastyear}
this year
in the previous quarter
since the budget was set
over the last three years
following the inspection
since the new contract began
)";

const char* const kReasons = R"(
the pandemic
inflationary pressures
staff shortages
supply chain issues
the original contractor withdrawing
the increase in the price of building materials
delays in the planning process
changes in Government guidance
the late confirmation of grant funding
a reporting error which had since been addressed
higher than expected demand
the cost of living crisis
recruitment difficulties
the severe weather
a change in the national funding formula
the need for additional surveys
utility company works
the retendering process
a legal challenge
the increase in energy prices
the pay award
changes to national legislation
a shortage of suitable providers
the complexity of individual cases
ecological constraints on the site
the delayed Local Government Finance Settlement
)";

}  // namespace mcg::data
