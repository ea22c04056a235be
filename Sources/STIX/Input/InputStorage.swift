import Foundation

/// The bytes a ``STIXInputReader`` reads: an owned copy, or a read-only
/// memory mapping of a file whose already-read pages can be given back, so
/// reading a large file costs little more memory than the part being parsed.
final class InputStorage: @unchecked Sendable {
    /// The bytes; valid for the storage's lifetime.
    let buffer: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private let mappedLength: Int

    /// Storage holding a copy of `bytes`.
    init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(start: copy.baseAddress, count: bytes.count)
        mapping = nil
        mappedLength = 0
    }

    /// Storage mapping the regular file open at `descriptor`, `size` bytes long.
    init?(mapping descriptor: Int32, size: Int) {
        guard size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        madvise(address, size, MADV_SEQUENTIAL)
        mapping = address
        mappedLength = size
        buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Gives back the resident pages of the mapping below `offset`; they are
    /// read again from the file if touched later. A copy keeps its memory.
    func release(below offset: Int) {
        guard let mapping else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let length = min(offset, mappedLength) / page * page
        if length > 0 { madvise(mapping, length, MADV_DONTNEED) }
    }

    deinit {
        if let mapping {
            munmap(mapping, mappedLength)
        } else {
            UnsafeMutableBufferPointer(mutating: buffer).deallocate()
        }
    }
}
