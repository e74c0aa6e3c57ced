// SwiftEmitter: renders the schema into Swift through templates.
