#!/usr/bin/env python3
"""Writes a CSV of COUNT made-up customers in the format Partner Desk imports
(name,instance_id,instance_token,phone,notes): Brazilian small businesses with accents in their
names, distinct names (told apart without regard to case, as the importer does), distinct 32-hex
instance IDs and 24-character tokens, mobile numbers, a few notes that need quoting. The same
COUNT and seed give the same file.

    scripts/bench/customers_csv.py 10000 customers.csv [--seed 1]
"""

import argparse
import random

# Made-up Brazilian small businesses, as a partner's customers are.
KINDS = ["Padaria", "Oficina", "Mercadinho", "Farmácia", "Açaí", "Pet Shop", "Salão", "Clínica",
         "Loja", "Restaurante", "Auto Peças", "Pizzaria", "Lanchonete", "Papelaria", "Ótica",
         "Academia", "Barbearia", "Floricultura", "Sorveteria", "Distribuidora", "Imobiliária",
         "Escola", "Estúdio", "Consultório", "Hortifruti", "Açougue", "Doceria", "Lavanderia"]
OWNERS = ["São João", "do Zé", "Pão de Mel", "Dona Márcia", "Bom Preço", "da Praia", "Estrela",
          "Boa Vista", "Central", "do Bairro", "Irmãos Silva", "Nova Era", "Sabor & Arte",
          "da Conceição", "Santa Luzia", "Três Corações", "do Japonês", "Flor de Lis", "Primavera",
          "Rei do Sertão", "Dona Benê", "Bem-Estar", "Real", "Vitória", "Paraíso", "Aurora",
          "Sol Nascente", "Dois Irmãos", "Família Souza", "do Léo", "da Tânia", "Guarani",
          "Ipê Amarelo", "Jatobá", "Caiçara", "Nossa Senhora", "Alegria", "Maré Alta"]
PLACES = ["Moema", "Pinheiros", "Tatuapé", "Copacabana", "Tijuca", "Savassi", "Pampulha",
          "Boa Viagem", "Pituba", "Asa Norte", "Batel", "Moinhos de Vento", "Meireles", "Aldeota",
          "Ponta Negra", "Centro", "Jardim Botânico", "Vila Madalena", "Itaim Bibi", "Barra",
          "Niterói", "Campinas", "Santos", "Jundiaí", "Sorocaba", "Ribeirão Preto", "Uberlândia",
          "Contagem", "Londrina", "Maringá", "Joinville", "Blumenau", "Caxias do Sul", "Pelotas",
          "Goiânia", "Anápolis", "Cuiabá", "Campo Grande", "Belém", "Manaus", "São Luís",
          "Teresina", "Natal", "João Pessoa", "Maceió", "Aracaju", "Feira de Santana", "Vitória"]
NOTES = ["", "", "", "", "plano mensal", "Falar com a gerente; abre às 8h", "cliente desde 2021",
         "prefere contato à tarde", "trocou de número em março", "\"VIP\", atendimento prioritário"]
AREA_CODES = [11, 12, 13, 15, 19, 21, 24, 27, 31, 34, 41, 43, 47, 48, 51, 54, 61, 62, 65, 67,
              71, 75, 79, 81, 82, 83, 84, 85, 86, 91, 92, 98]
HEX = "0123456789ABCDEF"
TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def csv_field(text):
    if any(c in text for c in ",;\"\r\n"):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_customers_csv(path, count, seed):
    rng = random.Random(seed)
    names, ids, tokens = set(), set(), set()
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("name,instance_id,instance_token,phone,notes\r\n")
        for _ in range(count):
            base = f"{rng.choice(KINDS)} {rng.choice(OWNERS)} – {rng.choice(PLACES)}"
            name, branch = base, 1
            while name.casefold() in names:
                branch += 1
                name = f"{base} (unidade {branch})"
            names.add(name.casefold())
            instance_id = "".join(rng.choices(HEX, k=32))
            while instance_id in ids:
                instance_id = "".join(rng.choices(HEX, k=32))
            ids.add(instance_id)
            token = "".join(rng.choices(TOKEN_ALPHABET, k=24))
            while token in tokens:
                token = "".join(rng.choices(TOKEN_ALPHABET, k=24))
            tokens.add(token)
            phone = f"+55 {rng.choice(AREA_CODES)} 9{rng.randint(6000, 9999)}-{rng.randint(0, 9999):04d}"
            fields = [name, instance_id, token, phone, rng.choice(NOTES)]
            out.write(",".join(csv_field(f) for f in fields) + "\r\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.count < 0:
        parser.error("count must be 0 or more")
    write_customers_csv(args.path, args.count, args.seed)


if __name__ == "__main__":
    main()
