import Foundation

/// One `<Relationship>` of an OPC `.rels` part: how a workbook finds its sheets and its
/// shared strings without assuming file names.
struct PackageRelationship {
    let id: String
    /// The relationship type URI; readers compare its last path segment (`worksheet`,
    /// `sharedStrings`, `officeDocument`) so the strict-OOXML namespace works too.
    let type: String
    let target: String
    let isExternal: Bool

    var typeName: Substring { type.split(separator: "/").last ?? "" }
}

/// Reads a `.rels` part.
enum PackageRelationshipsParser {
    static func parse(_ data: Data) throws -> [PackageRelationship] {
        try data.withUInt8Bytes { bytes in
            var scanner = XMLScanner(bytes)
            var relationships: [PackageRelationship] = []
            while let token = try scanner.next() {
                guard case .start(let tag) = token, bytes.equals(tag.name.local, Names.relationship) else { continue }
                let attributes = XMLAttributes(of: tag, in: bytes)
                guard let id = attributes.value(localName: Names.id),
                      let target = attributes.value(localName: Names.target) else { continue }
                let type = attributes.value(localName: Names.type).map { XMLText.decode($0, in: bytes) } ?? ""
                let mode = attributes.value(localName: Names.targetMode).map { XMLText.decode($0, in: bytes) }
                relationships.append(PackageRelationship(
                    id: XMLText.decode(id, in: bytes), type: type,
                    target: XMLText.decode(target, in: bytes), isExternal: mode == "External"))
            }
            return relationships
        }
    }

    private enum Names {
        static let relationship = Array("Relationship".utf8)
        static let id = Array("Id".utf8)
        static let target = Array("Target".utf8)
        static let type = Array("Type".utf8)
        static let targetMode = Array("TargetMode".utf8)
    }
}

/// Resolves relationship targets to part names inside the ZIP.
enum PackagePath {
    /// `worksheets/sheet4.xml` relative to `xl/workbook.xml` is `xl/worksheets/sheet4.xml`;
    /// `/xl/sharedStrings.xml` is absolute; `..` steps up. Nil when it climbs above the root.
    static func resolve(_ target: String, relativeTo sourcePart: String) -> String? {
        var segments: [Substring]
        if target.hasPrefix("/") {
            segments = []
        } else {
            segments = sourcePart.split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }
        }
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// The `.rels` part that describes `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        var segments = part.split(separator: "/").map(String.init)
        let name = segments.popLast() ?? ""
        return (segments + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}
