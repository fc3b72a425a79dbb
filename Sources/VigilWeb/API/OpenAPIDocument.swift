/// The API's OpenAPI 3.1 description, served at `/api/v1/openapi.yaml`.
///
/// A copy of `docs/openapi.yaml`, compiled in so the binary serves it from anywhere; a test
/// fails when the two differ. After editing the YAML, run `scripts/regenerate-openapi`.
enum OpenAPIDocument {
    static let yaml = #"""
openapi: 3.1.0
info:
  title: Vigil API
  version: "1"
  summary: ICE detention statistics, as released, with provenance on every figure.
  description: |
    Read-only JSON API over the archive of ICE's biweekly detention statistics workbooks.

    Populations are **average daily population (ADP), fiscal year to date**: the average number
    of people held per day from 1 October to the release's as-of date. ADP is a stock averaged over
    days; it is not a headcount on one day and not a count of book-ins.

    Every facility row names the release, file (with SHA-256) and sheet row it came from.
    Keys are snake_case; dates are ISO 8601 days (`YYYY-MM-DD`); absent values are omitted.
    Errors are `{"error": {"status": 404, "message": "..."}}`.

    The same tables download as CSV and JSON from the web pages (e.g. `/releases.csv`,
    `/releases/{id}/facilities.csv`, `/facility-releases.csv`).
  license:
    name: Data from U.S. Immigration and Customs Enforcement (public domain)
paths:
  /api/v1/releases:
    get:
      summary: Every archived release, oldest as-of date first.
      operationId: listReleases
      responses:
        "200":
          description: The release archive.
          content:
            application/json:
              schema:
                type: object
                required: [releases]
                properties:
                  releases:
                    type: array
                    items: { $ref: "#/components/schemas/Release" }
  /api/v1/releases/{id}:
    get:
      summary: One release, with its files and anomalies.
      operationId: getRelease
      parameters:
        - $ref: "#/components/parameters/ReleaseID"
      responses:
        "200":
          description: The release.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Release" }
        "404": { $ref: "#/components/responses/NotFound" }
  /api/v1/releases/{id}/facilities:
    get:
      summary: One release's facility table, optionally filtered and sorted.
      operationId: listReleaseFacilities
      parameters:
        - $ref: "#/components/parameters/ReleaseID"
        - name: q
          in: query
          description: Text to find in the facility's name or city (case-insensitive).
          schema: { type: string }
        - name: state
          in: query
          description: Two-letter state, as ICE writes it.
          schema: { type: string }
        - name: aor
          in: query
          description: ICE area of responsibility, e.g. `ATL`.
          schema: { type: string }
        - name: type
          in: query
          description: ICE's detailed facility type, e.g. `IGSA`.
          schema: { type: string }
        - name: sort
          in: query
          description: "`name`, `state`, `aor`, `type`, `adp`, `guaranteed_minimum` or `alos`; any other value sorts by `adp`, like the page."
          schema: { type: string, default: adp, examples: [name, adp] }
        - name: order
          in: query
          description: "`asc` or `desc`; defaults to descending for figures, ascending for names, as does any other value."
          schema: { type: string, examples: [asc, desc] }
      responses:
        "200":
          description: The facilities.
          content:
            application/json:
              schema:
                type: object
                required: [release, total_count, count, facilities]
                properties:
                  release: { $ref: "#/components/schemas/ReleaseReference" }
                  total_count:
                    type: integer
                    description: Facilities in the release before filtering.
                  count:
                    type: integer
                  facilities:
                    type: array
                    items: { $ref: "#/components/schemas/FacilityRow" }
        "404": { $ref: "#/components/responses/NotFound" }
  /api/v1/releases/{id}/breakdown/{dimension}:
    get:
      summary: How a release's ADP divides by facility type, area of responsibility or state, largest first.
      operationId: getBreakdown
      parameters:
        - $ref: "#/components/parameters/ReleaseID"
        - name: dimension
          in: path
          required: true
          schema: { type: string, enum: [type, aor, state] }
      responses:
        "200":
          description: The breakdown.
          content:
            application/json:
              schema:
                type: object
                required: [release, dimension, rows]
                properties:
                  release: { $ref: "#/components/schemas/ReleaseReference" }
                  dimension: { type: string, enum: [type, aor, state] }
                  rows:
                    type: array
                    items: { $ref: "#/components/schemas/BreakdownRow" }
        "404": { $ref: "#/components/responses/NotFound" }
  /api/v1/national/trend:
    get:
      summary: The national total ADP (fiscal year to date) of every release, oldest first.
      operationId: getNationalTrend
      responses:
        "200":
          description: One point per release.
          content:
            application/json:
              schema:
                type: object
                required: [points]
                properties:
                  points:
                    type: array
                    items: { $ref: "#/components/schemas/TrendPoint" }
  /api/v1/facilities:
    get:
      summary: Find facilities by text in their name or city.
      operationId: searchFacilities
      parameters:
        - name: q
          in: query
          required: true
          description: Text to search for; it must hold a character other than white space.
          schema: { type: string, minLength: 1, pattern: "\\S" }
      responses:
        "200":
          description: Matching facilities, by key.
          content:
            application/json:
              schema:
                type: object
                required: [query, results]
                properties:
                  query: { type: string }
                  results:
                    type: array
                    items:
                      type: object
                      required: [key, name, url, api_url]
                      properties:
                        key: { type: string, example: stewart-detention-center-ga }
                        name: { type: string }
                        state: { type: string }
                        url: { type: string, description: The facility's web page. }
                        api_url: { type: string }
        "400": { $ref: "#/components/responses/BadRequest" }
  /api/v1/facilities/{key}:
    get:
      summary: One facility in every release that lists it, and its inspections.
      operationId: getFacility
      parameters:
        - name: key
          in: path
          required: true
          description: The facility key, from its name and state, e.g. `stewart-detention-center-ga`.
          schema: { type: string }
      responses:
        "200":
          description: The facility.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Facility" }
        "404": { $ref: "#/components/responses/NotFound" }
  /api/v1/facilities/{key}/daily:
    get:
      summary: A facility's daily populations from every source that covers its registry code, and where the sources agree.
      description: |
        One series per source and definition, never added together: Vigil's own series computed
        from ICE's person-level records (`person-level-stays`, midnight and 24h), UWCHR's
        headcount (`uwchr-headcount`, midnight) and the Deportation Data Project's file
        (`ddp-daily-population`, midnight and 24h); each source's most recent import. Every day
        from a series' first to last date is given; days the source leaves out are 0, as
        sources drop empty days. `comparison` gives two same-definition series' means over the
        same days: every full month both cover (`overall`) and each such month (`month`).
        The same data downloads as `/facilities/{key}/daily.csv|json` and
        `/facilities/{key}/daily-comparison.csv|json`.
      operationId: getFacilityDaily
      parameters:
        - name: key
          in: path
          required: true
          description: A registry (DETLOC) code, e.g. `STWRTGA`, or a workbook facility key matched to one.
          schema: { type: string }
      responses:
        "200":
          description: The series; empty, with no `facility_code`, for a workbook key matched to no code.
          content:
            application/json:
              schema:
                type: object
                required: [facility_key, series, comparison]
                properties:
                  facility_key: { type: string }
                  facility_code: { type: string, example: STWRTGA }
                  series:
                    type: array
                    items: { $ref: "#/components/schemas/DailySeries" }
                  comparison:
                    type: array
                    items: { $ref: "#/components/schemas/DailyComparison" }
        "404": { $ref: "#/components/responses/NotFound" }
  /api/v1/daily/national:
    get:
      summary: Each source's national daily midnight population, summed over the facilities it lists.
      description: |
        Sources cover different facilities and periods, so the series are not like for like.
        Downloads as `/daily/national.csv|json`.
      operationId: getNationalDaily
      responses:
        "200":
          description: One midnight series per source.
          content:
            application/json:
              schema:
                type: object
                required: [note, series]
                properties:
                  note: { type: string }
                  series:
                    type: array
                    items: { $ref: "#/components/schemas/DailySeries" }
  /api/v1/deaths:
    get:
      summary: Every death in ICE custody Vigil holds, oldest first, deduplicated across lists.
      description: |
        From ICE's death reports (detailed list, FOIA 2003-2017 extract) and Detention Watch Network's
        2003-2016 list. Names are as the source lists give them. `facility_code` is set when the facility
        link is accepted (`link_method` exact, normalized, address, fuzzy, same-person: through another list's
        report of the same person, or manual: a person linked it); a `doubtful` link carries only
        `suggested_code`; `none` means the registry does not know the facility, `rejected` that a person unlinked it. Each death lists every
        file (with SHA-256) and row that reports it. Downloads as `/deaths.csv|json`.
      operationId: listDeaths
      responses:
        "200":
          description: The deaths.
          content:
            application/json:
              schema:
                type: object
                required: [deaths]
                properties:
                  deaths:
                    type: array
                    items:
                      type: object
                      required: [name, year, facility_name, link_method, sources]
                      properties:
                        name: { type: string }
                        date: { type: string, format: date, description: Absent when the list gives only a year. }
                        year: { type: integer }
                        facility_name: { type: string }
                        facility_code: { type: string }
                        suggested_code: { type: string }
                        link_method: { type: string, enum: [exact, normalized, address, fuzzy, same-person, manual, doubtful, rejected, none] }
                        link_confidence: { type: number }
                        state: { type: string }
                        cause: { type: string, description: As reported. }
                        facility_type: { type: string }
                        operator: { type: string }
                        sources:
                          type: array
                          items:
                            type: object
                            required: [file_name, sha256, row]
                            properties:
                              file_name: { type: string }
                              sha256: { type: string }
                              row: { type: integer }
                              url: { type: string }
  /api/v1/segregation:
    get:
      summary: ICE's segregation figures, each month and quarter from the newest release that publishes it.
      description: |
        From the "Monthly Segregation" sheet (workbooks from May 2024 on; "FY26 Monthly Segregation" in FY2026)
        and the "Vulnerable & Special Population" sheet (from July 2022 on), both from ICE's Segregation Review
        Management System (SRMS). `months`: per calendar month, the facility lines of the month's latest edition
        summed; each line counts the people who served one or more days in segregation at that facility during
        the month, so a person moved between facilities counts at each, and a placement that continues into the
        next month counts again there. `vulnerable_quarters`: national placements of people ICE records as
        vulnerable (serious mental or medical illness, hunger strike, suicide watch, risk due to sexual
        orientation or gender identity, ...) per fiscal quarter and reason; reason `total` is the sheet's Grand
        Total, and `unique_detainees` is the quarter's footnote (all reasons together). Every row names its
        source file and the release's as-of date. Facility lines download as `/segregation.csv|json`, monthly
        totals as `/segregation/national.csv|json`, quarters as `/segregation/vulnerable.csv|json`.
      operationId: getSegregation
      responses:
        "200":
          description: The monthly totals, oldest first, and the quarters, oldest first.
          content:
            application/json:
              schema:
                type: object
                required: [months, vulnerable_quarters]
                properties:
                  months:
                    type: array
                    items:
                      type: object
                      required: [month, people_in_segregation_summed, facilities_listed, source_file, release_as_of, sheet, editions]
                      properties:
                        month: { type: string, description: "YYYY-MM." }
                        people_in_segregation_summed: { type: integer, description: The facility lines' counts added up. }
                        facilities_listed: { type: integer }
                        source_file: { type: string }
                        release_as_of: { type: string, format: date }
                        sheet: { type: string }
                        editions: { type: integer, description: How many imported releases publish the month (the newest is used). }
                  vulnerable_quarters:
                    type: array
                    items:
                      type: object
                      required: [fiscal_year, quarter, reason, reason_as_written, placements, source_file, release_as_of, sheet_row]
                      properties:
                        fiscal_year: { type: integer }
                        quarter: { type: integer, minimum: 1, maximum: 4, description: Q1 is October to December. }
                        reason:
                          type: string
                          enum: [disciplinary, facility_security_threat, medical_mental_health,
                                 pending_investigation_of_disciplinary_violation, protective_custody,
                                 hunger_strike_suicide_watch, other, total]
                        reason_as_written: { type: string }
                        placements: { type: integer, description: Placements, not people. }
                        avg_consecutive_days: { type: number }
                        avg_cumulative_days: { type: number }
                        unique_detainees: { type: integer, description: Different people in the quarter, all reasons together. }
                        source_file: { type: string }
                        release_as_of: { type: string, format: date }
                        sheet_row: { type: integer }
  /api/v1/ranking:
    get:
      summary: Facilities holding people in the latest release, ranked for closure by a weighted score.
      description: |
        Each factor is divided by the largest value any ranked facility has (0 to 1), multiplied by its
        weight, and the score is 100 times the weighted sum over the sum of the weights. Weights are query
        parameters from 0 to 10 (out-of-range values are clamped; a factor left out keeps its default);
        `deaths_since` sets the first calendar year whose deaths count. Internal incidents count only for
        signed-in users. The same ranking downloads as `/ranking.csv|json` with the same parameters.
      operationId: closureRanking
      parameters:
        - { name: deaths, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 3 } }
        - { name: inspections, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 2 } }
        - { name: segregation, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 1 } }
        - { name: incidents, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 2 } }
        - { name: population, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 1 } }
        - { name: guaranteed_minimum, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 1 } }
        - { name: private_operator, in: query, description: "0 to 10; a value outside is clamped to it.", schema: { type: number, default: 1 } }
        - { name: deaths_since, in: query, schema: { type: integer, minimum: 1900, maximum: 2100, default: 2016 } }
      responses:
        "200":
          description: The ranking, its method and weights.
          content:
            application/json:
              schema:
                type: object
                required: [method, deaths_since, includes_internal_incidents, factors, entries]
                properties:
                  method: { type: string }
                  release_as_of: { type: string, format: date }
                  release_file: { type: string }
                  deaths_since: { type: integer }
                  includes_internal_incidents: { type: boolean }
                  factors:
                    type: array
                    items:
                      type: object
                      required: [name, label, explanation, weight, largest_value]
                      properties:
                        name: { type: string, enum: [deaths, inspections, segregation, incidents, population, guaranteed_minimum, private_operator] }
                        label: { type: string }
                        explanation: { type: string }
                        weight: { type: number }
                        largest_value: { type: number }
                  entries:
                    type: array
                    items:
                      type: object
                      required: [rank, facility, facility_name, operator_kind, score, values, points]
                      properties:
                        rank: { type: integer }
                        facility: { type: string, description: Registry code when known, else the workbook key. }
                        facility_name: { type: string }
                        state: { type: string }
                        operator: { type: string }
                        operator_kind: { type: string, enum: [private, public, unknown] }
                        score: { type: number, description: 0 to 100. }
                        values: { type: object, additionalProperties: { type: number }, description: Raw value per factor. }
                        points: { type: object, additionalProperties: { type: number }, description: Score points per factor; they add up to score. }
        "400":
          description: A weight is not a number, or deaths_since is not a year.
  /api/v1/incidents:
    get:
      summary: Documented incidents (conditions) inside facilities, newest first, each with its source.
      description: |
        Incidents people and organisations documented: abuse, medical neglect, conditions, deaths. Each has
        a status (`alleged`, `corroborated`, `official-finding`) and a visibility. Without a signed-in session
        only `public` incidents are returned and `recorded_by` is absent; a signed-in session (the browser's
        cookie) also gets `internal` ones. Filters combine. Downloads as `/incidents.csv|json` with the same
        filters and the same visibility rule.
      operationId: listIncidents
      parameters:
        - name: facility
          in: query
          description: A registry DETLOC code or a workbook facility key; matches incidents stored under the code or any key tied to it.
          schema: { type: string, example: STWRTGA }
        - name: category
          in: query
          description: "One of `physical-abuse`, `inadequate-food-or-water`, `negligent-or-abusive-medical-care`, `unsanitary-conditions`, `failed-plumbing`, `use-of-force`, `solitary-confinement`, `sexual-abuse`, `retaliation`, `denial-of-access-to-counsel`, `language-access`, `death`. Unknown values are ignored, as on the page."
          schema: { type: string, examples: [failed-plumbing, death] }
        - name: status
          in: query
          description: "`alleged`, `corroborated` or `official-finding`. Unknown values are ignored, as on the page."
          schema: { type: string, examples: [corroborated] }
      responses:
        "200":
          description: The incidents the caller may see.
          content:
            application/json:
              schema:
                type: object
                required: [incidents, includes_internal]
                properties:
                  includes_internal: { type: boolean, description: True when the caller is signed in and internal incidents are included. }
                  incidents:
                    type: array
                    items:
                      type: object
                      required: [id, facility_key, facility_name, occurred_on, category, category_label, status, visibility, description, source, recorded_at, updated_at]
                      properties:
                        id: { type: integer }
                        facility_key: { type: string, description: The registry code (upper case) when the facility has one, else the workbook key. }
                        facility_name: { type: string, description: As shown when the incident was recorded. }
                        occurred_on: { type: string, format: date }
                        category: { type: string, enum: [physical-abuse, inadequate-food-or-water, negligent-or-abusive-medical-care, unsanitary-conditions, failed-plumbing, use-of-force, solitary-confinement, sexual-abuse, retaliation, denial-of-access-to-counsel, language-access, death] }
                        category_label: { type: string, example: Negligent or abusive medical care }
                        status: { type: string, enum: [alleged, corroborated, official-finding] }
                        visibility: { type: string, enum: [public, internal] }
                        description: { type: string, description: Plain text as entered; escape it before putting it in HTML. }
                        source:
                          type: object
                          required: [title, documented_by]
                          properties:
                            title: { type: string }
                            url: { type: string, description: Always http or https. }
                            documented_by: { type: string }
                        recorded_by: { type: string, description: The recorder's email or import:<file>; signed-in callers only. }
                        recorded_at: { type: string, format: date-time }
                        updated_at: { type: string, format: date-time }
  /api/v1/letters/{id}:
    get:
      summary: A sign-on letter, its organization count and its approved signatories.
      description: |
        The letter's current text (recipients, subject, demands) with `organization_count` computed from the
        approved signatures, never typed in, and the approved signatories: the lead organization first, the
        rest alphabetised by `sort_key` (a leading "The" set aside). Signatories' e-mails and contact names
        are never included. Drafts are not found unless the caller is a signed-in editor. The same list
        downloads as `/letters/{id}/signatories.csv|json`.
      operationId: getLetter
      parameters:
        - name: id
          in: path
          required: true
          description: The letter's number, from `vigil letter list` or the `/letters` page.
          schema: { type: integer }
      responses:
        "200":
          description: The letter.
          content:
            application/json:
              schema:
                type: object
                required: [id, title, status, version, to, cc, demands, lead_organization, organization_count, signatories]
                properties:
                  id: { type: integer }
                  title: { type: string }
                  status: { type: string, enum: [draft, open, closed, sent] }
                  version: { type: integer, description: The current version; every edit stores a new one. }
                  date: { type: string, format: date }
                  subject: { type: string }
                  to: { type: array, items: { $ref: "#/components/schemas/LetterRecipient" } }
                  cc: { type: array, items: { $ref: "#/components/schemas/LetterRecipient" } }
                  demands:
                    type: array
                    items:
                      type: object
                      required: [number, title, text]
                      properties:
                        number: { type: integer }
                        title: { type: string }
                        text: { type: string }
                  lead_organization: { type: string }
                  organization_count: { type: integer, description: How many signatures are approved. }
                  signatories:
                    type: array
                    items:
                      type: object
                      required: [organization, sort_key, signed_at, version]
                      properties:
                        organization: { type: string }
                        sort_key: { type: string, example: bronx defenders }
                        city: { type: string }
                        state: { type: string, description: Postal code. }
                        scope: { type: string, enum: [national, state, local] }
                        signed_at: { type: string, description: The day (imported) or moment (signed on the web) of signing. }
                        version: { type: integer, description: The letter version signed. }
        "404":
          $ref: "#/components/responses/NotFound"

  /api/v1/expansion:
    get:
      summary: Expansion sites, newest activity first, each with its dated pipeline timeline. CC BY-SA 4.0.
      description: |
        A site is a registry facility where a contract award, agenda item or dossier is linked to one through the
        registry matcher, else the county or city a record names (`place:TX:LUBBOCK`). Its events run from signal
        (agenda item, 287(g) agreement, dossier) through solicitation, award or modification and funded beds to the
        first ICE release listing it with people held and its growth since; each cites its source. The expansion
        lists are CC BY-SA 4.0, and so is this answer. Downloads: `/expansion.csv|json` (one row per site) and
        `/expansion/timeline.csv|json` (one row per event), with the same filters.
      operationId: listExpansionSites
      parameters:
        - name: state
          in: query
          description: Two-letter state.
          schema: { type: string, example: TX }
        - name: stage
          in: query
          description: "Sites that reached this stage: `signal`, `solicitation`, `award`, `funded-beds`, `first-book-in` or `growth`. Unknown values are ignored, as on the page."
          schema: { type: string, examples: [award] }
        - name: operator
          in: query
          description: Words the operator's or latest recipient's name contains, any case.
          schema: { type: string, example: GEO }
      responses:
        "200":
          description: The sites the filters keep.
          content:
            application/json:
              schema:
                type: object
                required: [licence, attribution, sites]
                properties:
                  licence: { type: string, example: CC BY-SA 4.0 }
                  attribution: { type: string }
                  sites:
                    type: array
                    items:
                      type: object
                      required: [site_id, name, events]
                      properties:
                        site_id: { type: string, example: "code:STWRTGA" }
                        facility_code: { type: string, description: The registry code when the site is a facility. }
                        name: { type: string }
                        state: { type: string }
                        operator: { type: string, description: The facility's latest operator record, else the latest award's recipient. }
                        furthest_stage: { type: string }
                        latest_activity: { type: string, format: date }
                        events:
                          type: array
                          items:
                            type: object
                            required: [stage, date, summary, citation]
                            properties:
                              stage: { type: string, enum: [signal, solicitation, award, funded-beds, first-book-in, growth] }
                              date: { type: string, format: date }
                              summary: { type: string }
                              citation: { type: string, description: File and row (or award id) the stage rests on. }

  /api/v1/expansion-events:
    get:
      summary: Expansion events between consecutive releases, newest release first.
      description: |
        Computed on every import of a release, never by hand. "The previous release" of a release is the one
        just before it by as-of date among the stored releases. `new`: holding people (ADP above 0), absent or
        empty in the previous release and listed in none before it; `reopened`: the same, but listed in a release
        before the previous one (holding people, or empty as in ICE's FY2021 full list); `surge`: ADP up at least
        25% and at least 50 people; `guaranteed-minimum-change`: the guaranteed minimum differs (a blank one is not
        a change). Filters combine. The same events are `/alerts`, `/alerts.atom` and `/alerts/events.csv|json`.
      operationId: listExpansionEvents
      parameters:
        - $ref: "#/components/parameters/EventFacility"
        - $ref: "#/components/parameters/EventState"
        - $ref: "#/components/parameters/EventAOR"
        - $ref: "#/components/parameters/EventOperator"
        - $ref: "#/components/parameters/EventKinds"
      responses:
        "200":
          description: The events.
          content:
            application/json:
              schema:
                type: object
                required: [events]
                properties:
                  events:
                    type: array
                    items: { $ref: "#/components/schemas/ExpansionEvent" }
        "400": { $ref: "#/components/responses/BadRequest" }

  /api/v1/expansion/money:
    get:
      summary: Detention-related awards by recipient (who profits), contract dollars per fiscal year, recipient and facility, and funded beds. CC BY-SA 4.0.
      operationId: getExpansionMoney
      responses:
        "200":
          description: Money and beds. Downloads as `/expansion/recipients.csv|json`, `/expansion/money.csv|json` and `/expansion/funded-beds.csv|json`.
          content:
            application/json:
              schema:
                type: object
                required: [licence, attribution, recipients, dollars, funded_beds]
                properties:
                  licence: { type: string }
                  attribution: { type: string }
                  recipients:
                    type: array
                    items:
                      type: object
                      properties:
                        recipient: { type: string }
                        detention_awards: { type: integer }
                        amount_usd: { type: number }
                        first_fiscal_year: { type: integer }
                        last_fiscal_year: { type: integer }
                        linked_facilities: { type: integer }
                  dollars:
                    type: array
                    items:
                      type: object
                      properties:
                        fiscal_year: { type: integer, description: The fiscal year the award's period starts in (else its award date). }
                        recipient: { type: string }
                        facility_code: { type: string }
                        detention_related: { type: boolean }
                        awards: { type: integer }
                        amount_usd: { type: number }
                  funded_beds:
                    type: array
                    items:
                      type: object
                      required: [fiscal_year, beds, status]
                      properties:
                        fiscal_year: { type: integer }
                        beds: { type: [integer, "null"], description: "null: the source says there was no bed minimum that year (not zero)." }
                        status: { type: string, example: enacted minimum }
                        source_url: { type: string }

  /alerts.atom:
    get:
      summary: The same events as an Atom feed (RFC 4287), one entry per event linking to its facility's page.
      description: |
        Entry ids (`urn:vigil:expansion-event:<id>`) are stable, so a reader shows each event once. Links are
        relative to the feed's address. At most 200 entries, newest release first.
      operationId: getAlertFeed
      parameters:
        - $ref: "#/components/parameters/EventFacility"
        - $ref: "#/components/parameters/EventState"
        - $ref: "#/components/parameters/EventAOR"
        - $ref: "#/components/parameters/EventOperator"
        - $ref: "#/components/parameters/EventKinds"
      responses:
        "200":
          description: An Atom 1.0 feed.
          content:
            application/atom+xml:
              schema: { type: string }
        "400":
          description: A filter Vigil cannot read, such as an unknown event kind; the feed is a page, not the API, so the answer is an HTML error page.
          content:
            text/html:
              schema: { type: string }
  /api/v1/release-work:
    get:
      summary: People released and bonds posted through the organizations using Vigil, per month and facility.
      description: |
        The same cells as `/release-work` and `/release-work.csv|json`. Each person counts once, in the month of
        their first release, parole or posted bond. Counts from 1 to 10 are suppressed (`primary`), and further
        cells are suppressed (`secondary`) until no row or column total gives a hidden count away. A suppressed
        cell has null figures. A null `month` is a facility's total over all months; a null `facility_key` is a
        month's total over all facilities. No person-level field is read or published.
      operationId: getReleaseWork
      responses:
        "200":
          description: The cells, then the totals.
          content:
            application/json:
              schema:
                type: object
                required: [suppressed_counts, cells]
                properties:
                  suppressed_counts:
                    type: object
                    required: [from, to]
                    properties:
                      from: { type: integer, example: 1 }
                      to: { type: integer, example: 10 }
                  cells:
                    type: array
                    items:
                      type: object
                      required: [month, facility_key, facility_name, people_released, bonds_posted, median_bond_cents, suppression]
                      properties:
                        month: { type: [string, "null"], pattern: "^[0-9]{4}-[0-9]{2}$" }
                        facility_key: { type: [string, "null"] }
                        facility_name: { type: [string, "null"] }
                        people_released: { type: [integer, "null"], minimum: 0 }
                        bonds_posted: { type: [integer, "null"], minimum: 0 }
                        median_bond_cents: { type: [integer, "null"], minimum: 0 }
                        suppression: { type: string, enum: [shown, primary, secondary] }

  /api/v1/openapi.yaml:
    get:
      summary: This document.
      operationId: getOpenAPI
      responses:
        "200":
          description: The OpenAPI 3.1 description of the API.
          content:
            application/yaml:
              schema: { type: object, description: This document, a YAML mapping. }

components:
  parameters:
    # The filters of expansion events, shared by the API and the Atom feed.
    EventFacility:
      name: facility
      in: query
      description: A registry DETLOC code or a workbook facility key.
      schema: { type: string, example: EROFCB }
    EventState:
      name: state
      in: query
      description: Two-letter state.
      schema: { type: string, example: TX }
    EventAOR:
      name: aor
      in: query
      description: ICE area of responsibility.
      schema: { type: string, example: HOU }
    EventOperator:
      name: operator
      in: query
      description: Part of the operator's name, as the operator record in force at the facility on the event's as-of date gives it.
      schema: { type: string, example: GEO }
    EventKinds:
      name: kind
      in: query
      description: Event kinds, comma-separated; all when absent. An unknown kind is a 400.
      schema: { type: string, pattern: "^((new|reopened|surge|guaranteed-minimum-change)(,(new|reopened|surge|guaranteed-minimum-change))*)?$", example: "new,reopened" }
    ReleaseID:
      name: id
      in: path
      required: true
      description: The release's number, from `/api/v1/releases`.
      schema: { type: integer }
  responses:
    NotFound:
      description: No such release, facility or breakdown.
      content:
        application/json:
          schema: { $ref: "#/components/schemas/Error" }
    BadRequest:
      description: The request is missing something it needs.
      content:
        application/json:
          schema: { $ref: "#/components/schemas/Error" }
  schemas:
    LetterRecipient:
      type: object
      required: [name]
      properties:
        name: { type: string, example: The Honorable Alejandro Mayorkas }
        title: { type: string, example: Secretary }
        body: { type: string, example: U.S. Department of Homeland Security }
    ExpansionEvent:
      description: |
        One event between two consecutive releases. Webhooks POST the same fields (less the release ids, plus
        `subscription_id`, `facility_url` and `releases_url`), signed with HMAC-SHA256 of the body in
        `X-Vigil-Signature: sha256=<hex>`; see docs/alerts.md.
      type: object
      required: [id, event, facility_key, name, previous_as_of, as_of, change, previous_release_id, release_id, detected_at, summary]
      properties:
        id: { type: string, description: "Stable: kind, workbook key and both releases' fingerprints.", example: "new:ero-el-paso-camp-east-montana-tx:1f0c2a9b3d4e5f60:8a7b6c5d4e3f2a10" }
        event: { type: string, enum: [new, reopened, surge, guaranteed-minimum-change] }
        facility_code: { type: string, description: The registry code when the facility has an accepted one. }
        facility_key: { type: string }
        name: { type: string, description: As the later release writes it. }
        state: { type: string }
        aor: { type: string }
        previous_as_of: { type: string, format: date }
        as_of: { type: string, format: date }
        previous_adp: { type: number, description: Absent when the facility is absent from the previous release. }
        adp: { type: number }
        change: { type: number, description: "The change in ADP; for guaranteed-minimum-change, in the guaranteed minimum." }
        previous_guaranteed_minimum: { type: number }
        guaranteed_minimum: { type: number }
        previous_release_id: { type: integer }
        release_id: { type: integer }
        previous_release_file: { type: string }
        release_file: { type: string }
        detected_at: { type: string, format: date-time, description: When an import first found it. }
        summary: { type: string }
    Error:
      type: object
      required: [error]
      properties:
        error:
          type: object
          required: [status, message]
          properties:
            status: { type: integer }
            message: { type: string }
    SourceFile:
      type: object
      required: [file_name, sha256, byte_count]
      properties:
        file_name: { type: string }
        sha256: { type: string, description: Lower-case hex SHA-256 of the file's bytes. }
        byte_count: { type: integer }
    Anomaly:
      type: object
      description: Something irregular found in the file and how it was handled.
      required: [kind, detail, occurrences]
      properties:
        kind: { type: string, example: placeholder_value }
        detail: { type: string }
        occurrences: { type: integer }
        file: { type: string }
        sheet: { type: string }
        row: { type: integer }
        column: { type: string }
    Release:
      type: object
      required: [id, as_of_date, fiscal_year, facility_count, total_adp, is_synthetic, imported_at,
                 sheet_name, header_row, layout, files, anomalies]
      properties:
        id: { type: integer }
        as_of_date: { type: string, format: date }
        fiscal_year: { type: integer, description: "U.S. federal fiscal year: FY2024 runs 2023-10-01 to 2024-09-30." }
        facility_count: { type: integer }
        total_adp:
          type: number
          description: Average daily population, fiscal year to date, summed over facilities.
        is_synthetic: { type: boolean, description: True for generated demo data. }
        imported_at: { type: string, format: date-time }
        sheet_name: { type: string }
        header_row: { type: integer }
        layout: { type: string }
        printed_as_of_date: { type: string, format: date }
        file_name_date: { type: string, format: date }
        files:
          type: array
          description: The files the release arrived as, the first-archived first.
          items: { $ref: "#/components/schemas/SourceFile" }
        anomalies:
          type: array
          items: { $ref: "#/components/schemas/Anomaly" }
    ReleaseReference:
      type: object
      required: [release_id, as_of_date, file_name, sha256]
      properties:
        release_id: { type: integer }
        as_of_date: { type: string, format: date }
        file_name: { type: string }
        sha256: { type: string }
    RowSource:
      type: object
      description: Where a facility row came from.
      required: [release_id, as_of_date, fiscal_year, file_name, sha256, sheet_row, is_synthetic]
      properties:
        release_id: { type: integer }
        as_of_date: { type: string, format: date }
        fiscal_year: { type: integer }
        file_name: { type: string }
        sha256: { type: string }
        sheet_row: { type: integer, description: 1-based row in the Facilities sheet. }
        is_synthetic: { type: boolean }
    ReportedInspection:
      type: object
      required: [position, inspector]
      properties:
        position: { type: string, enum: [last, second_to_last] }
        inspector: { type: string, enum: [unspecified, odo, nakamoto] }
        type: { type: string }
        standard: { type: string }
        rating: { type: string }
        date: { type: string, format: date }
        date_label: { type: string }
    FacilityRow:
      type: object
      description: One facility as one release reported it. Populations are ADP, fiscal year to date.
      required: [key, name, inspections, source]
      properties:
        key: { type: string }
        name: { type: string }
        address: { type: string }
        city: { type: string }
        state: { type: string }
        zip: { type: string }
        aor: { type: string, description: ICE area of responsibility. }
        type_detailed: { type: string }
        gender: { type: string }
        adp: { type: number, description: "Average daily population, fiscal year to date: levels A–D summed." }
        level_a: { type: number }
        level_b: { type: number }
        level_c: { type: number }
        level_d: { type: number }
        male_criminal: { type: number }
        male_non_criminal: { type: number }
        female_criminal: { type: number }
        female_non_criminal: { type: number }
        threat_level_1: { type: number }
        threat_level_2: { type: number }
        threat_level_3: { type: number }
        no_threat_level: { type: number }
        mandatory: { type: number }
        guaranteed_minimum: { type: number, description: Beds ICE pays for whether or not they are used. }
        alos: { type: number, description: Average length of stay, days. }
        pending_inspection: { type: string }
        inspections:
          type: array
          items: { $ref: "#/components/schemas/ReportedInspection" }
        source: { $ref: "#/components/schemas/RowSource" }
    InspectionRecord:
      type: object
      description: One inspection, once, with every release that reported it.
      required: [inspector, date_labels, reported_in]
      properties:
        inspector: { type: string, enum: [unspecified, odo, nakamoto] }
        type: { type: string }
        standard: { type: string }
        rating: { type: string }
        date: { type: string, format: date }
        date_labels:
          type: array
          items: { type: string }
        reported_in:
          type: array
          items: { $ref: "#/components/schemas/ReleaseReference" }
    Facility:
      type: object
      required: [key, name, history, inspections]
      properties:
        key: { type: string }
        name: { type: string, description: As the latest release writes it. }
        address: { type: string }
        city: { type: string }
        state: { type: string }
        zip: { type: string }
        aor: { type: string }
        type_detailed: { type: string }
        gender: { type: string }
        history:
          type: array
          description: One row per release row, oldest first.
          items: { $ref: "#/components/schemas/FacilityRow" }
        inspections:
          type: array
          items: { $ref: "#/components/schemas/InspectionRecord" }
    BreakdownRow:
      type: object
      required: [group, facility_count, adp, share]
      properties:
        group: { type: string, description: "The group as ICE wrote it; \"(not stated)\" when blank." }
        facility_count: { type: integer }
        adp: { type: number }
        share: { type: number, description: Share of the release's total ADP, 0 to 1. }
    DailySeries:
      type: object
      required: [source, source_label, definition, source_file, source_sha256, first_date, last_date, points]
      properties:
        source: { type: string, enum: [person-level-stays, uwchr-headcount, ddp-daily-population] }
        source_label: { type: string, example: UWCHR headcount }
        definition:
          type: string
          enum: [midnight, 24h]
          description: "`midnight`: held at the end of the day. `24h`: held at any time in the day."
        source_file: { type: string }
        source_sha256: { type: string }
        first_date: { type: string, format: date }
        last_date: { type: string, format: date }
        points:
          type: array
          description: Every day from first_date to last_date.
          items:
            type: object
            required: [date, population]
            properties:
              date: { type: string, format: date }
              population: { type: integer }
    DailyComparison:
      type: object
      required: [scope, period_start, period_end, days, definition, source_a, mean_a, source_b, mean_b, difference]
      properties:
        scope: { type: string, enum: [overall, month] }
        period_start: { type: string, format: date }
        period_end: { type: string, format: date }
        days: { type: integer }
        definition: { type: string, enum: [midnight, 24h] }
        source_a: { type: string }
        mean_a: { type: number }
        source_b: { type: string }
        mean_b: { type: number }
        difference: { type: number, description: mean_a minus mean_b. }
        relative_difference: { type: number, description: The difference over the average of the two means. }
    TrendPoint:
      type: object
      required: [release_id, as_of_date, fiscal_year, total_adp, facility_count, occupied_facility_count]
      properties:
        release_id: { type: integer }
        as_of_date: { type: string, format: date }
        fiscal_year: { type: integer }
        total_adp: { type: number, description: "National average daily population, fiscal year to date." }
        facility_count: { type: integer }
        occupied_facility_count: { type: integer, description: Facilities with an ADP above zero. }
"""#
}
