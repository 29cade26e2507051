// A plugin that forgets its check function: loading it must fail, naming this file.
export default { meta: { id: "broken", description: "has no check" } };
