/// One copy of each distinct list of sources in a file: questions cite the same few pages again and again, and a
/// large bank holds them once each instead of once per question.
final class SourceLists {
    private var lists: Set<[Source]> = []

    func shared(_ sources: [Source]) -> [Source] {
        lists.insert(sources).memberAfterInsert
    }
}
