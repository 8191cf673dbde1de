-- The eight trade-related agreements the Green Customs Initiative covers (reference data, English texts).
insert into convention (code, secretariat, colour, website, position) values
 ('BASEL',     'Secretariat of the Basel, Rotterdam and Stockholm Conventions (UNEP)', '#8a5a00', 'https://www.basel.int', 1),
 ('ROTTERDAM', 'Secretariat of the Basel, Rotterdam and Stockholm Conventions (UNEP and FAO)', '#a23b2a', 'https://www.pic.int', 2),
 ('STOCKHOLM', 'Secretariat of the Basel, Rotterdam and Stockholm Conventions (UNEP)', '#5b4a8b', 'https://www.pops.int', 3),
 ('MONTREAL',  'Ozone Secretariat (UNEP)', '#1f6f9f', 'https://ozone.unep.org', 4),
 ('CITES',     'CITES Secretariat (UNEP)', '#2e7d32', 'https://cites.org', 5),
 ('CARTAGENA', 'Secretariat of the Convention on Biological Diversity', '#00796b', 'https://bch.cbd.int/protocol', 6),
 ('CWC',       'Organisation for the Prohibition of Chemical Weapons (OPCW)', '#455a64', 'https://www.opcw.org', 7),
 ('MINAMATA',  'Secretariat of the Minamata Convention on Mercury (UNEP)', '#6d4c41', 'https://minamataconvention.org', 8);

insert into convention_text (convention_code, lang, name, summary) values
 ('BASEL', 'en', 'Basel Convention',
  'Controls transboundary movements of hazardous wastes and other wastes, such as e-waste and plastic waste: a shipment needs the prior informed consent of the States concerned and travels with a movement document.'),
 ('ROTTERDAM', 'en', 'Rotterdam Convention',
  'Prior informed consent (PIC) for certain hazardous chemicals and pesticides listed in its Annex III: an importing country decides whether it will accept them, and exporters must respect that decision.'),
 ('STOCKHOLM', 'en', 'Stockholm Convention',
  'Eliminates or restricts the production, use and trade of persistent organic pollutants (POPs), chemicals that last in the environment, build up in living things and travel far from where they are released.'),
 ('MONTREAL', 'en', 'Montreal Protocol',
  'Phases out ozone-depleting substances such as CFCs and HCFCs and, through its Kigali Amendment, phases down HFCs, using licensing systems for their import and export.'),
 ('CITES', 'en', 'CITES',
  'The Convention on International Trade in Endangered Species of Wild Fauna and Flora regulates trade in listed animals and plants, and their parts and derivatives, through permits and certificates.'),
 ('CARTAGENA', 'en', 'Cartagena Protocol on Biosafety',
  'A protocol to the Convention on Biological Diversity on the safe transboundary movement of living modified organisms (LMOs), with advance informed agreement and documentation requirements.'),
 ('CWC', 'en', 'Chemical Weapons Convention',
  'Bans chemical weapons and, through the OPCW, controls transfers of the toxic chemicals and precursors listed in its three Schedules.'),
 ('MINAMATA', 'en', 'Minamata Convention on Mercury',
  'Protects human health and the environment from mercury: it restricts mercury supply and trade, which needs written consent, and phases out mercury-added products.');
