import Foundation
import QuizCore

/// Folding the journal of earlier runs into the progress file on a thread of its own, started after the first
/// frame. Every write to the profile waits for it first (`finish`), so nothing recorded can fall between its save
/// of the file and its emptying of the journal; a process killed while it runs leaves what a killed save always
/// leaves (the journal, folded in again at the next start).
final class JournalCompaction: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the worker before it signals `done`, read only after waiting for it.
    private var failure: ProgressError?
    private var waited = false

    init(store: ProgressStore, progress: ProgressFile, at now: Date) {
        Thread.detachNewThread { [self] in
            do throws(ProgressError) {
                try store.compact(progress, at: now)
            } catch {
                failure = error
            }
            done.signal()
        }
    }

    /// Waits until the fold has ended, then throws what it met; call from one thread only.
    func finish() throws(ProgressError) {
        if !waited {
            done.wait()
            waited = true
        }
        if let failure { throw failure }
    }
}
