import Hummingbird
import VigilCore
import VigilStore

/// The closure ranking page, its downloads and its API: one ranking, three shapes.
enum ClosureRankingController {
    static func page(_ request: Request, context: VigilRequestContext, database: VigilDatabase,
                     inputs: ClosureInputsCache) async throws -> Response {
        let parameters = QueryParameters(query: request.uri.query)
        do {
            let weights = try ClosureWeights { parameters[$0] }
            return HTMLResponse.make(ClosureRankingView.render(try await model(weights, context: context, database: database, inputs: inputs)))
        } catch let error as ClosureWeightsError {
            // Show the page with default weights and say which value was wrong, rather than a bare error.
            var model = try await model(ClosureWeights(), context: context, database: database, inputs: inputs)
            model.weightsError = t("ranking.weight_error", ["parameter": error.parameter, "value": error.value])
            return HTMLResponse.make(ClosureRankingView.render(model), status: .badRequest)
        }
    }

    /// Ranks from the inputs gathered once per data version, so any weights in the address cost
    /// arithmetic, not queries.
    static func model(_ weights: ClosureWeights, context: VigilRequestContext, database: VigilDatabase,
                      inputs: ClosureInputsCache) async throws -> ClosureRankingModel {
        let includeInternal = context.user != nil
        let result = try await inputs.inputs()?.candidates(deathsSince: weights.deathsSince, includeInternalIncidents: includeInternal)
        return ClosureRankingModel(
            chrome: await PageChrome.load(database: database, section: .ranking),
            ranking: ClosureRanking(candidates: result?.candidates ?? [], weights: weights),
            release: result?.basis.release, deathsWithoutFacility: result?.basis.deathsWithoutFacility ?? 0,
            includesInternalIncidents: includeInternal, weightsError: nil)
    }

    static func ranking(_ request: Request, context: VigilRequestContext, database: VigilDatabase,
                        inputs: ClosureInputsCache) async throws -> ClosureRankingModel {
        let parameters = QueryParameters(query: request.uri.query)
        // A weight given twice is ambiguous (which one counts?): the API and downloads refuse it.
        let names = ClosureFactor.allCases.map(\.parameterName) + ["deaths_since"]
        if let repeated = names.first(where: { request.uri.queryParameters.getAll($0).count > 1 }) {
            throw WebError.badRequest(t("error.ranking.repeated_weight", ["weight": repeated]))
        }
        // The page's form sends an empty box as `deaths=`, meaning the default; a script asking the API or a
        // download with an empty value is told, since it may have meant a number it failed to fill in.
        if let empty = names.first(where: { request.uri.queryParameters.getAll($0).contains { $0.allSatisfy(\.isWhitespace) } }) {
            throw WebError.badRequest(t("error.ranking.empty_weight", ["weight": empty]))
        }
        let weights: ClosureWeights
        do {
            weights = try ClosureWeights { parameters[$0] }
        } catch {
            throw WebError.badRequest(error.message)
        }
        return try await model(weights, context: context, database: database, inputs: inputs)
    }

    static func download(_ request: Request, context: VigilRequestContext, _ format: ExportFormat, database: VigilDatabase,
                         inputs: ClosureInputsCache) async throws -> Response {
        TableResponse.make(ClosureRankingTable.make(try await ranking(request, context: context, database: database, inputs: inputs).ranking),
                           format: format, fileStem: "vigil-closure-ranking")
    }

    static func api(_ request: Request, context: VigilRequestContext, database: VigilDatabase,
                    inputs: ClosureInputsCache) async throws -> Response {
        JSONResponse.make(APIClosureRanking(try await ranking(request, context: context, database: database, inputs: inputs)))
    }
}

/// The ranking as a table: raw value and points added for every factor, and the weights used.
enum ClosureRankingTable {
    static func columns() -> [String] {
        ["rank", "facility", "facility_name", "state", "operator", "operator_kind", "score"]
            + ClosureFactor.allCases.flatMap { [$0.rawValue, "\($0.rawValue)_points", "\($0.rawValue)_weight"] }
            + ["deaths_since"]
    }

    static func make(_ ranking: ClosureRanking) -> DataTable {
        var table = DataTable(columns: columns())
        for entry in ranking.entries {
            let c = entry.candidate
            var row: [TableValue] = [.integer(entry.rank), .text(c.identifier), .text(c.name), TableValue(c.state),
                                     TableValue(c.operatorName), .text(c.operatorKind.rawValue), .number(rounded(entry.score))]
            for factor in ClosureFactor.allCases {
                row += [.number(rounded(c[factor])), .number(rounded(entry.contributions[factor] ?? 0)), .number(ranking.weights[factor])]
            }
            row.append(.integer(ranking.weights.deathsSince))
            table.append(row)
        }
        return table
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
