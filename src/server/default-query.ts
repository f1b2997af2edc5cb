/** The query GraphiQL opens with: find a person by name, then whom they met, when, where and on whose word. */
export const DEFAULT_QUERY = `# Shabaka: who met whom, when, where, and on whose word.
# 1. Find a person by an Arabic or English name (spelling variants are tolerated):
query FindPerson {
  entities(kind: PERSON, search: "Blinken", first: 5) {
    totalCount
    edges { node { id nameEn nameAr ... on Person { roles { title affiliation { nameEn } } } } }
  }
}

# 2. Paste the id from above into $person and run MetWith:
query MetWith($person: ID!) {
  metWith(person: $person) {
    counterpart { nameEn nameAr }
    outletCount
    events {
      kind status date location { nameEn }
      evidence { quote start end article { title publishedAt } }
    }
  }
}
`;
