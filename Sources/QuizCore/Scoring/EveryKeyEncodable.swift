/// Encodes every stored property under its own name, nil as null, so that a report's JSON always has every key.
protocol EveryKeyEncodable: Encodable {}

extension EveryKeyEncodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONNameKey.self)
        for child in Mirror(reflecting: self).children {
            guard let label = child.label, let value = child.value as? any Encodable else { continue }
            try container.encode(value, forKey: JSONNameKey(label))
        }
    }
}
