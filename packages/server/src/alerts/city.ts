/** The city a platform serves: its name, its wards, and the CAP geocodes that name it as a whole. */
export interface City {
  /** The city's name, as citizens read it. */
  readonly name: string;
  /** Every ward of the city: the names a citizen may declare as home or work ward. */
  readonly wards: readonly string[];
  /**
   * CAP `<geocode>`s (`valueName`, `value`) that mean the whole city: a CAP `<area>` naming one of them
   * and no ward, polygon or circle targets every citizen. Compared without regard to case.
   */
  readonly geocodes: ReadonlyArray<{ readonly valueName: string; readonly value: string }>;
}

/**
 * The development city, Huế (`createPlatformServer`'s default `city`): its wards inside the old city limits,
 * and ISO 3166-2 `VN-26` (Thừa Thiên Huế) as its CAP geocode. A deployment passes its own.
 */
export const DEVELOPMENT_CITY: City = {
  name: 'Thành phố Huế',
  wards: [
    'An Cựu', 'An Đông', 'An Hòa', 'An Tây', 'Hương Long', 'Hương Sơ', 'Hương Vinh', 'Kim Long', 'Phú Bình', 'Phú Cát',
    'Phú Hậu', 'Phú Hiệp', 'Phú Hội', 'Phú Nhuận', 'Phú Thuận', 'Phước Vĩnh', 'Phường Đúc', 'Tây Lộc', 'Thuận Hòa',
    'Thuận Lộc', 'Thuận Thành', 'Thủy Biều', 'Thủy Vân', 'Thủy Xuân', 'Trường An', 'Vĩnh Ninh', 'Vỹ Dạ', 'Xuân Phú',
  ],
  geocodes: [{ valueName: 'ISO3166-2', value: 'VN-26' }],
};
