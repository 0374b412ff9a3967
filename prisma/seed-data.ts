// Demo catalogue: realistic operators, destinations in many time zones, and trips with varied prices and policies.
import type { CancellationPolicy } from "@prisma/client";

export interface DestinationSeed {
  slug: string;
  city: string;
  country: string;
  timeZone: string;
  trips: { title: string; days: number; price: number; policy: CancellationPolicy; summary: string }[];
}

export const DEMO_PASSWORD = "travellr-demo";

export const VENDORS = [
  { email: "vendor@example.com", name: "Vera Lindqvist", company: "Northbound Expeditions" },
  { email: "atlas@example.com", name: "Omar Haddad", company: "Atlas Trails Co." },
  { email: "pacific@example.com", name: "Aroha Ngata", company: "Pacific Edge Adventures" },
  { email: "andes@example.com", name: "Lucía Quispe", company: "Andes & Amazon Journeys" },
  { email: "lotus@example.com", name: "Minh Tran", company: "Lotus Road Travel" },
  { email: "aegean@example.com", name: "Eleni Papadaki", company: "Aegean Blue Voyages" },
] as const;

export const DESTINATIONS: DestinationSeed[] = [
  {
    slug: "lisbon",
    city: "Lisbon",
    country: "Portugal",
    timeZone: "Europe/Lisbon",
    trips: [
      {
        title: "Lisbon Food & Fado Evenings",
        days: 3,
        price: 42000,
        policy: "moderate",
        summary: "tascas in Alfama, a custard-tart masterclass and an intimate fado house",
      },
      {
        title: "Sintra Palaces & Atlantic Cliffs",
        days: 2,
        price: 26500,
        policy: "flexible",
        summary: "Pena Palace at opening time, Quinta da Regaleira's initiation well and sunset at Cabo da Roca",
      },
      {
        title: "Alentejo Wine Country by E-bike",
        days: 5,
        price: 118000,
        policy: "strict",
        summary: "cork forests, family wineries and whitewashed hill towns on electric bikes",
      },
      {
        title: "Surf & Yoga on the Ericeira Coast",
        days: 6,
        price: 94000,
        policy: "moderate",
        summary: "daily surf coaching on a World Surfing Reserve and sunrise yoga above the waves",
      },
    ],
  },
  {
    slug: "reykjavik",
    city: "Reykjavik",
    country: "Iceland",
    timeZone: "Atlantic/Reykjavik",
    trips: [
      {
        title: "Northern Lights Hunt & Golden Circle",
        days: 4,
        price: 164000,
        policy: "moderate",
        summary: "Þingvellir, Geysir and Gullfoss by day, aurora forecasts and dark-sky chasing by night",
      },
      {
        title: "South Coast Glaciers & Ice Caves",
        days: 5,
        price: 212000,
        policy: "strict",
        summary: "Skógafoss, black-sand beaches and a guided walk inside a blue ice cave",
      },
      {
        title: "Snæfellsnes Peninsula Photo Tour",
        days: 3,
        price: 98000,
        policy: "moderate",
        summary: "Kirkjufell, lava fields and fishing villages with a landscape photographer",
      },
      {
        title: "Highland Hot Springs Trek",
        days: 6,
        price: 189000,
        policy: "strict",
        summary: "the Laugavegur trail from Landmannalaugar with nights in mountain huts",
      },
    ],
  },
  {
    slug: "kyoto",
    city: "Kyoto",
    country: "Japan",
    timeZone: "Asia/Tokyo",
    trips: [
      {
        title: "Kyoto Temples at Dawn",
        days: 4,
        price: 136000,
        policy: "moderate",
        summary: "Fushimi Inari before the crowds, Zen gardens and a private tea ceremony",
      },
      {
        title: "Nakasendo Trail Village Walk",
        days: 6,
        price: 248000,
        policy: "strict",
        summary: "the old post road between Magome and Tsumago with ryokan stays and kaiseki dinners",
      },
      {
        title: "Kyoto Street Food & Sake Night",
        days: 1,
        price: 14500,
        policy: "flexible",
        summary: "Nishiki Market, Pontocho alleys and tastings at a Fushimi sake brewery",
      },
      {
        title: "Arashiyama Bamboo & Hozu River",
        days: 2,
        price: 48000,
        policy: "moderate",
        summary: "the bamboo grove, a monkey park and a traditional boat ride down the gorge",
      },
    ],
  },
  {
    slug: "cusco",
    city: "Cusco",
    country: "Peru",
    timeZone: "America/Lima",
    trips: [
      {
        title: "Inca Trail to Machu Picchu",
        days: 4,
        price: 129000,
        policy: "strict",
        summary: "the classic trail with porters, Sun Gate sunrise and a guided citadel tour",
      },
      {
        title: "Sacred Valley Markets & Weavers",
        days: 3,
        price: 54000,
        policy: "moderate",
        summary: "Pisac market, Chinchero weaving cooperatives and the salt pans of Maras",
      },
      {
        title: "Rainbow Mountain Day Hike",
        days: 1,
        price: 9500,
        policy: "flexible",
        summary: "an early start to Vinicunca's striped slopes at 5,000 metres",
      },
      {
        title: "Salkantay Trek & Coffee Farm",
        days: 5,
        price: 99000,
        policy: "moderate",
        summary: "glacier passes, cloud forest and a night on a family coffee farm",
      },
    ],
  },
  {
    slug: "cape-town",
    city: "Cape Town",
    country: "South Africa",
    timeZone: "Africa/Johannesburg",
    trips: [
      {
        title: "Table Mountain & Cape Point",
        days: 2,
        price: 32000,
        policy: "flexible",
        summary: "a dawn hike up Platteklip Gorge and the penguins of Boulders Beach",
      },
      {
        title: "Winelands Cycling Weekend",
        days: 3,
        price: 67000,
        policy: "moderate",
        summary: "Stellenbosch and Franschhoek estates by bike with cellar tastings",
      },
      {
        title: "Garden Route Road Trip",
        days: 7,
        price: 175000,
        policy: "strict",
        summary: "Knysna lagoons, Tsitsikamma suspension bridges and whale watching in Hermanus",
      },
    ],
  },
  {
    slug: "queenstown",
    city: "Queenstown",
    country: "New Zealand",
    timeZone: "Pacific/Auckland",
    trips: [
      {
        title: "Milford Sound Cruise & Rainforest",
        days: 2,
        price: 58000,
        policy: "moderate",
        summary: "a fiord cruise under Mitre Peak and short walks through Fiordland's beech forest",
      },
      {
        title: "Routeburn Great Walk",
        days: 4,
        price: 142000,
        policy: "strict",
        summary: "alpine lakes and hut-to-hut hiking on one of New Zealand's Great Walks",
      },
      {
        title: "Central Otago Cellar Door Tour",
        days: 1,
        price: 19500,
        policy: "flexible",
        summary: "pinot noir tastings in Gibbston Valley and lunch among the vines",
      },
      {
        title: "Queenstown Adventure Sampler",
        days: 3,
        price: 86000,
        policy: "moderate",
        summary: "a jet boat on the Shotover, a canyon swing and a gondola sunset",
      },
    ],
  },
  {
    slug: "marrakech",
    city: "Marrakech",
    country: "Morocco",
    timeZone: "Africa/Casablanca",
    trips: [
      {
        title: "Medina Souks & Riad Cooking",
        days: 2,
        price: 21000,
        policy: "flexible",
        summary: "the souks with a local guide and a tagine class in a courtyard riad",
      },
      {
        title: "Sahara Desert Camp via Aït Benhaddou",
        days: 4,
        price: 76000,
        policy: "moderate",
        summary: "the High Atlas passes, a UNESCO kasbah and a night under the stars in Erg Chebbi",
      },
      {
        title: "Atlas Mountains Berber Villages",
        days: 3,
        price: 45000,
        policy: "moderate",
        summary: "mule-supported hiking between Imlil villages with homestay dinners",
      },
      {
        title: "Essaouira Coast & Argan Cooperatives",
        days: 2,
        price: 28000,
        policy: "flexible",
        summary: "the windy blue-and-white port and women-run argan oil cooperatives",
      },
    ],
  },
  {
    slug: "banff",
    city: "Banff",
    country: "Canada",
    timeZone: "America/Edmonton",
    trips: [
      {
        title: "Lake Louise & Moraine Lake Sunrise",
        days: 2,
        price: 39000,
        policy: "moderate",
        summary: "turquoise lakes at first light and the Plain of Six Glaciers teahouse",
      },
      {
        title: "Icefields Parkway Wildlife Safari",
        days: 3,
        price: 72000,
        policy: "moderate",
        summary: "elk, bighorn sheep and the Athabasca Glacier on the world's most scenic road",
      },
      {
        title: "Rockies Winter Snowshoe Escape",
        days: 4,
        price: 98000,
        policy: "strict",
        summary: "frozen waterfalls in Johnston Canyon and backcountry snowshoe trails",
      },
    ],
  },
  {
    slug: "hanoi",
    city: "Hanoi",
    country: "Vietnam",
    timeZone: "Asia/Ho_Chi_Minh",
    trips: [
      {
        title: "Hanoi Old Quarter Street Eats",
        days: 1,
        price: 6500,
        policy: "flexible",
        summary: "bún chả, egg coffee and night-market bites with a local foodie",
      },
      {
        title: "Ha Long Bay Overnight Junk Cruise",
        days: 2,
        price: 42000,
        policy: "moderate",
        summary: "limestone karsts, kayaking into hidden lagoons and a cabin on the bay",
      },
      {
        title: "Sapa Rice Terraces Trek",
        days: 3,
        price: 36000,
        policy: "moderate",
        summary: "Hmong and Dao villages and homestays among the terraces",
      },
      {
        title: "Ninh Binh Caves by Bicycle",
        days: 2,
        price: 24000,
        policy: "flexible",
        summary: "Tam Coc river caves by rowing boat and quiet lanes by bike",
      },
    ],
  },
  {
    slug: "santorini",
    city: "Santorini",
    country: "Greece",
    timeZone: "Europe/Athens",
    trips: [
      {
        title: "Santorini Caldera Sailing",
        days: 1,
        price: 16500,
        policy: "flexible",
        summary: "a catamaran around the caldera, hot springs and a sunset dinner on deck",
      },
      {
        title: "Cyclades Island Hopping",
        days: 7,
        price: 196000,
        policy: "strict",
        summary: "Santorini, Naxos and Paros by ferry with small family hotels",
      },
      {
        title: "Oia Photography & Wine Walk",
        days: 2,
        price: 31000,
        policy: "moderate",
        summary: "Oia's blue domes at golden hour and volcanic assyrtiko tastings",
      },
    ],
  },
  {
    slug: "el-chalten",
    city: "El Chaltén",
    country: "Argentina",
    timeZone: "America/Argentina/Rio_Gallegos",
    trips: [
      {
        title: "Fitz Roy Base Camp Trek",
        days: 5,
        price: 115000,
        policy: "strict",
        summary: "Laguna de los Tres at sunrise and camps beneath the granite spires",
      },
      {
        title: "Perito Moreno Glacier Mini-Trek",
        days: 2,
        price: 52000,
        policy: "moderate",
        summary: "crampons on the ice of one of the few advancing glaciers on Earth",
      },
      {
        title: "Patagonia Estancia Horse Ride",
        days: 3,
        price: 68000,
        policy: "moderate",
        summary: "gaucho-led rides across the steppe and lamb asado at a working estancia",
      },
    ],
  },
  {
    slug: "ubud",
    city: "Ubud",
    country: "Indonesia",
    timeZone: "Asia/Makassar",
    trips: [
      {
        title: "Ubud Rice Terraces & Water Temples",
        days: 2,
        price: 18500,
        policy: "flexible",
        summary: "Tegallalang terraces, a purification ritual at Tirta Empul and a Legong dance",
      },
      {
        title: "Mount Batur Sunrise Trek",
        days: 1,
        price: 7500,
        policy: "flexible",
        summary: "a pre-dawn climb for sunrise above the clouds and breakfast cooked by volcanic steam",
      },
      {
        title: "Bali Wellness & Silent Retreat",
        days: 6,
        price: 124000,
        policy: "strict",
        summary: "yoga, breath-work and silent mornings in a jungle retreat near Ubud",
      },
      {
        title: "Nusa Penida Snorkel Safari",
        days: 2,
        price: 34000,
        policy: "moderate",
        summary: "manta rays at Manta Point and the cliffs of Kelingking Beach",
      },
    ],
  },
];

/** Which vendor runs each destination's trips (by index into VENDORS). */
export const DESTINATION_VENDOR: Record<string, number> = {
  lisbon: 5,
  reykjavik: 0,
  kyoto: 4,
  cusco: 3,
  "cape-town": 1,
  queenstown: 2,
  marrakech: 1,
  banff: 0,
  hanoi: 4,
  santorini: 5,
  "el-chalten": 3,
  ubud: 2,
};

export const IMAGES_PER_DESTINATION = 3;
export function imageUrls(slug: string): string[] {
  return Array.from({ length: IMAGES_PER_DESTINATION }, (_, i) => `/images/trips/${slug}-${i + 1}.svg`);
}
