/// A whole validated `Bank` as compact bytes and back, every stored field of every type, so that
/// `decode(encode(bank)) == bank`. Written by hand (no Codable) to read many times faster than the bank's JSON; `decode`
/// throws on anything it did not write and never traps.
public enum BankArchive {
    /// Changes whenever the layout below changes, so an older archive is never read as this one.
    public static let formatVersion: UInt32 = 1

    public static func encode(_ bank: Bank) -> [UInt8] {
        var writer = ArchiveWriter(capacity: 1 << 20)
        writer.write(bank.topics) { writer, topic in
            writer.write(topic.id)
            writer.write(topic.title)
        }
        writer.write(bank.questions, writeQuestion)
        writeMatrix(bank.matrix, into: &writer)
        writer.write(bank.scenarios, writeScenario)
        writer.write(bank.trainingModules, writeTrainingModule)
        writer.write(bank.trainingPassMark.percent)
        writer.write(bank.glossary) { writer, term in
            writer.write(term.term)
            writer.write(term.definition)
            writer.write(term.sources, writeSource)
            writer.write(term.checked)
        }
        return writer.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(ArchiveError) -> Bank {
        var reader = ArchiveReader(bytes)
        let topics = try reader.readList { reader throws(ArchiveError) in
            Topic(id: try reader.readString(), title: try reader.readString())
        }
        let questions = try reader.readList(readQuestion)
        let matrix = try readMatrix(&reader)
        let scenarios = try reader.readList(readScenario)
        let trainingModules = try reader.readList(readTrainingModule)
        let percent = try reader.readInt()
        guard let passMark = PassMark(percent: percent) else { throw reader.failure("\(percent) is not a pass mark") }
        let glossary = try reader.readList { reader throws(ArchiveError) in
            GlossaryTerm(
                term: try reader.readString(), definition: try reader.readString(), sources: try reader.readList(readSource),
                checked: try reader.readString()
            )
        }
        try reader.finish()
        return Bank(
            topics: topics, questions: questions, matrix: matrix, scenarios: scenarios, trainingModules: trainingModules,
            trainingPassMark: passMark, glossary: glossary
        )
    }

    // MARK: Questions

    private static func writeQuestion(_ writer: inout ArchiveWriter, _ question: Question) {
        writer.write(question.id)
        writer.write(raw: question.kind)
        writer.write(question.topic)
        writer.write(raw: question.difficulty)
        writer.write(question.serviceModel) { $0.write(raw: $1) }
        writer.write(question.prompt)
        writer.write(question.choices) { writer, choice in
            writer.write(choice.text)
            writer.write(choice.isCorrect)
            writer.write(choice.why)
        }
        writer.write(question.explanation)
        writer.write(question.sources, writeSource)
        writer.write(question.checked)
        writer.write(question.examTask) { $0.write($1.id) }
    }

    private static func readQuestion(_ reader: inout ArchiveReader) throws(ArchiveError) -> Question {
        Question(
            id: try reader.readString(), kind: try reader.readRaw(QuestionKind.self), topic: try reader.readString(),
            difficulty: try reader.readRaw(Difficulty.self), serviceModel: try reader.readOptional { reader throws(ArchiveError) in try reader.readRaw(ServiceModel.self) },
            prompt: try reader.readString(),
            choices: try reader.readList { reader throws(ArchiveError) in
                Choice(text: try reader.readString(), isCorrect: try reader.readBool(), why: try reader.readString())
            },
            explanation: try reader.readString(), sources: try reader.readList(readSource), checked: try reader.readString(),
            examTask: try reader.readOptional(readExamTask)
        )
    }

    private static func readExamTask(_ reader: inout ArchiveReader) throws(ArchiveError) -> ExamTask {
        let id = try reader.readString()
        guard let task = ExamTask(id: id) else { throw reader.failure("\"\(id)\" is not a CLF-C02 task") }
        return task
    }

    private static let seedTag: UInt64 = 0
    private static let pageTag: UInt64 = 1

    private static func writeSource(_ writer: inout ArchiveWriter, _ source: Source) {
        switch source {
        case .seed(let file):
            writer.write(seedTag)
            writer.write(file)
        case let .page(title, url, supports):
            writer.write(pageTag)
            writer.write(title)
            writer.write(url)
            writer.write(supports) { $0.write($1) }
        }
    }

    private static func readSource(_ reader: inout ArchiveReader) throws(ArchiveError) -> Source {
        switch try reader.readUInt64() {
        case seedTag: return .seed(file: try reader.readString())
        case pageTag: return .page(title: try reader.readString(), url: try reader.readString(), supports: try reader.readOptional { reader throws(ArchiveError) in try reader.readString() })
        case let tag: throw reader.failure("\(tag) is not a kind of source")
        }
    }

    // MARK: Matrix

    private static func writeMatrix(_ matrix: ResponsibilityMatrix, into writer: inout ArchiveWriter) {
        writer.write(matrix.serviceModels) { writer, model in
            writer.write(raw: model.id)
            writer.write(model.title)
            writer.write(model.cloudModel)
            writer.write(model.description)
        }
        writer.write(matrix.services) { writer, service in
            writer.write(service.id)
            writer.write(service.name)
            writer.write(service.shortName)
            writer.write(raw: service.serviceModel)
            writer.write(service.summary)
        }
        writer.write(matrix.controls) { writer, control in
            writer.write(control.id)
            writer.write(control.name)
            writer.write(control.phrase)
            writer.write(control.controlClass) { $0.write(raw: $1) }
        }
        writer.write(matrix.cells) { writer, cell in
            writer.write(cell.service)
            writer.write(cell.control)
            writer.write(raw: cell.owner)
            writer.write(cell.awsPart) { $0.write($1) }
            writer.write(cell.customerPart) { $0.write($1) }
            writer.write(cell.condition) { $0.write($1) }
            writer.write(raw: cell.difficulty)
            writer.write(cell.explanation)
            writer.write(cell.sources, writeSource)
            writer.write(cell.checked)
            writer.write(cell.examTask) { $0.write($1.id) }
            writer.write(cell.revision)
        }
    }

    private static func readMatrix(_ reader: inout ArchiveReader) throws(ArchiveError) -> ResponsibilityMatrix {
        let serviceModels = try reader.readList { reader throws(ArchiveError) in
            ServiceModelInfo(
                id: try reader.readRaw(ServiceModel.self), title: try reader.readString(), cloudModel: try reader.readString(),
                description: try reader.readString()
            )
        }
        let services = try reader.readList { reader throws(ArchiveError) in
            Service(
                id: try reader.readString(), name: try reader.readString(), shortName: try reader.readString(),
                serviceModel: try reader.readRaw(ServiceModel.self), summary: try reader.readString()
            )
        }
        let controls = try reader.readList { reader throws(ArchiveError) in
            Control(
                id: try reader.readString(), name: try reader.readString(), phrase: try reader.readString(),
                controlClass: try reader.readOptional { reader throws(ArchiveError) in try reader.readRaw(ControlClass.self) }
            )
        }
        let cells = try reader.readList { reader throws(ArchiveError) in
            MatrixCell(
                service: try reader.readString(), control: try reader.readString(), owner: try reader.readRaw(Owner.self),
                awsPart: try reader.readOptional { reader throws(ArchiveError) in try reader.readString() },
                customerPart: try reader.readOptional { reader throws(ArchiveError) in try reader.readString() },
                condition: try reader.readOptional { reader throws(ArchiveError) in try reader.readString() },
                difficulty: try reader.readRaw(Difficulty.self), explanation: try reader.readString(), sources: try reader.readList(readSource),
                checked: try reader.readString(), examTask: try reader.readOptional(readExamTask), revision: try reader.readInt()
            )
        }
        return ResponsibilityMatrix(serviceModels: serviceModels, services: services, controls: controls, cells: cells)
    }

    // MARK: Scenarios and training

    private static func writeScenario(_ writer: inout ArchiveWriter, _ scenario: Scenario) {
        writer.write(scenario.id)
        writer.write(scenario.title)
        writer.write(scenario.topic)
        writer.write(raw: scenario.difficulty)
        writer.write(scenario.serviceModel) { $0.write(raw: $1) }
        writer.write(scenario.narrative)
        writer.write(scenario.steps) { writer, step in
            writer.write(raw: step.aim)
            writeQuestion(&writer, step.question)
        }
        writer.write(scenario.summary)
        writer.write(scenario.sources, writeSource)
        writer.write(scenario.checked)
    }

    private static func readScenario(_ reader: inout ArchiveReader) throws(ArchiveError) -> Scenario {
        Scenario(
            id: try reader.readString(), title: try reader.readString(), topic: try reader.readString(),
            difficulty: try reader.readRaw(Difficulty.self),
            serviceModel: try reader.readOptional { reader throws(ArchiveError) in try reader.readRaw(ServiceModel.self) },
            narrative: try reader.readString(),
            steps: try reader.readList { reader throws(ArchiveError) in
                ScenarioStep(aim: try reader.readRaw(ScenarioAim.self), question: try readQuestion(&reader))
            },
            summary: try reader.readString(), sources: try reader.readList(readSource), checked: try reader.readString()
        )
    }

    private static func writeTrainingModule(_ writer: inout ArchiveWriter, _ module: TrainingModule) {
        writer.write(module.id)
        writer.write(module.title)
        writer.write(module.summary)
        writer.write(module.pages) { writer, page in
            writer.write(page.title)
            writer.write(page.paragraphs) { $0.write($1) }
        }
        writer.write(module.questions, writeQuestion)
        writer.write(module.questionCount)
        writer.write(module.sources, writeSource)
        writer.write(module.checked)
    }

    private static func readTrainingModule(_ reader: inout ArchiveReader) throws(ArchiveError) -> TrainingModule {
        let id = try reader.readString()
        let title = try reader.readString()
        let summary = try reader.readString()
        let pages = try reader.readList { reader throws(ArchiveError) in
            TrainingPage(title: try reader.readString(), paragraphs: try reader.readList { reader throws(ArchiveError) in try reader.readString() })
        }
        let questions = try reader.readList(readQuestion)
        let questionCount = try reader.readInt()
        guard (0...questions.count).contains(questionCount) else { throw reader.failure("a module asks \(questionCount) of \(questions.count) questions") }
        return TrainingModule(
            id: id, title: title, summary: summary, pages: pages, questions: questions, questionCount: questionCount,
            sources: try reader.readList(readSource), checked: try reader.readString()
        )
    }
}
